namespace Dashboard.Core.Actions;

/// <summary>Where an audited action stands. Mirrors the stored outcome of the Data layer.</summary>
public enum AuditState
{
    /// <summary>Intent written; the commit has not reported back (yet, or the process died).</summary>
    Pending,
    Committed,
    NoChange,
    PullRequestOpened,
    Failed,
    Denied,
}
