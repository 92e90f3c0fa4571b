namespace Dashboard.Core.Actions;

/// <summary>One row of the audit log as read back.</summary>
public sealed record AuditRecord(
    long Id,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    string User,
    string Action,
    string Target,
    string? Repository,
    string? Branch,
    string? FromRevision,
    string? ToRevision,
    string? CommitSha,
    string? PullRequestUrl,
    AuditState State,
    string? Error);
