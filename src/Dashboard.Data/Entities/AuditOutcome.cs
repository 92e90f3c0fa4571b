namespace Dashboard.Data.Entities;

public enum AuditOutcome
{
    /// <summary>Intent written; the commit has not reported back (yet, or the process died).</summary>
    Pending,
    Committed,
    NoChange,
    PullRequestOpened,
    Failed,
    Denied,
}
