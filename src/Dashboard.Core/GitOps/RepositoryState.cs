namespace Dashboard.Core.GitOps;

/// <summary>What the dashboard knows about one branch: its head, recent commits (newest first) and how the last poll went.</summary>
public sealed record RepositoryState
{
    public required RepositoryBranch Key { get; init; }

    /// <summary>The URL as the cluster or configuration names it.</summary>
    public required string Url { get; init; }

    public string? Head { get; init; }

    /// <summary>Newest first, bounded; each with its changed paths when they could be read.</summary>
    public IReadOnlyList<CommitInfo> Commits { get; init; } = [];

    public IReadOnlyList<string> UsedBy { get; init; } = [];

    public bool PullRequestMode { get; init; }

    /// <summary>When the last poll finished (successful or not); null before the first.</summary>
    public DateTimeOffset? PolledAt { get; init; }

    /// <summary>When the head last changed as far as the dashboard saw it.</summary>
    public DateTimeOffset? HeadChangedAt { get; init; }

    /// <summary>Why the last poll failed, in words; null when it succeeded.</summary>
    public string? Error { get; init; }

    public GitFailureKind? FailureKind { get; init; }

    /// <summary>Polls in a row that failed; a missing or forbidden repository is retried less and less often.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>When the next poll may go: after a rate limit, or later and later for a repository that stays missing.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>The GitHub rate-limit budget left after the last call (shared by every repository of one token).</summary>
    public int? RateLimitRemaining { get; init; }

    public int? RateLimitLimit { get; init; }
}
