namespace Dashboard.Core.Actions;

/// <summary>How an executed action ended.</summary>
public enum ActionStatus
{
    Committed,
    PullRequestOpened,

    /// <summary>The branch already had the planned content; nothing was written.</summary>
    NoChange,

    /// <summary>The user may not act; a Denied audit row was written.</summary>
    Denied,

    /// <summary>The branch kept moving while committing; nothing was written.</summary>
    Conflict,

    Failed,
}
