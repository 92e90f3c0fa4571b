namespace Dashboard.Core.Actions;

/// <summary>Every write is audited: an intent row before the commit, completed after it (DESIGN.md rule 6).</summary>
public interface IAuditLog
{
    /// <returns>The id of the new Pending row.</returns>
    Task<long> WriteIntentAsync(AuditIntent intent, CancellationToken cancellationToken = default);

    Task CompleteAsync(long id, AuditCompletion completion, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
