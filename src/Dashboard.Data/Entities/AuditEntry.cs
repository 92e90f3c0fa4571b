namespace Dashboard.Data.Entities;

/// <summary>
/// One action a person asked for. Written as an intent before the Git commit and completed after it,
/// so a crash in between leaves evidence that start-up can settle (DESIGN.md section 1, rule 6).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public required string User { get; set; }

    /// <summary>rollback, set-version, pause, resume, reconcile.</summary>
    public required string Action { get; set; }

    /// <summary>The app acted on, as its ResourceKey prints: "cluster/Kind/namespace/name".</summary>
    public required string Target { get; set; }

    public string? Repository { get; set; }
    public string? Branch { get; set; }
    public string? FromRevision { get; set; }
    public string? ToRevision { get; set; }
    public string? CommitSha { get; set; }
    public string? PullRequestUrl { get; set; }
    public AuditOutcome Outcome { get; set; }
    public string? Error { get; set; }
}
