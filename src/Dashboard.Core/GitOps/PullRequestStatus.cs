namespace Dashboard.Core.GitOps;

/// <summary>Where a pull request stands on the Git host.</summary>
public enum PullRequestStatus
{
    Open,
    Merged,

    /// <summary>Closed without merging: the change will not reach the branch.</summary>
    Closed,
}
