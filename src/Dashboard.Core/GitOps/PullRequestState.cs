namespace Dashboard.Core.GitOps;

/// <summary>A pull request as the Git host reports it.</summary>
/// <param name="MergeCommitSha">The commit the base branch received when merged; null otherwise.</param>
public sealed record PullRequestState(int Number, PullRequestStatus Status, string? MergeCommitSha, string? Url = null);
