namespace Dashboard.Bench.Harness;

/// <summary>One row of <c>GET /api/audit</c>: Outcome is Pending until the action's result is known.</summary>
public sealed record AuditRow(long Id, string Action, string Outcome, string? Error, string? CommitSha)
{
    public bool IsFinal => Outcome != "Pending";
}
