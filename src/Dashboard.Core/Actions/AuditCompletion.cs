namespace Dashboard.Core.Actions;

/// <summary>How an audited action ended.</summary>
public sealed record AuditCompletion(AuditState State, DateTimeOffset CompletedAt, string? CommitSha = null, string? PullRequestUrl = null, string? Error = null);
