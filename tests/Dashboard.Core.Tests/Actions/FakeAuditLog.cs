using Dashboard.Core.Actions;

namespace Dashboard.Core.Tests.Actions;

internal sealed class FakeAuditLog(ActionEvents events) : IAuditLog
{
    public Dictionary<long, AuditRecord> Rows { get; } = [];

    public Task<long> WriteIntentAsync(AuditIntent intent, CancellationToken cancellationToken = default)
    {
        events.Add("intent");
        var id = Rows.Count + 1L;
        Rows[id] = new AuditRecord(id, intent.RequestedAt, null, intent.User, intent.Action, intent.Target, intent.Repository, intent.Branch,
            intent.FromRevision, intent.ToRevision, null, null, AuditState.Pending, null);
        return Task.FromResult(id);
    }

    public Task CompleteAsync(long id, AuditCompletion completion, CancellationToken cancellationToken = default)
    {
        events.Add("complete:" + completion.State);
        Rows[id] = Rows[id] with
        {
            State = completion.State,
            CompletedAt = completion.CompletedAt,
            CommitSha = completion.CommitSha,
            PullRequestUrl = completion.PullRequestUrl,
            Error = completion.Error,
        };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AuditRecord>>([.. Rows.Values.Where(r => query.State is null || r.State == query.State).OrderByDescending(r => r.Id)]);
}
