using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.History;
using Dashboard.Core.Streaming;
using Dashboard.Data.Entities;
using Dashboard.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Data.Tests;

public sealed class HistoryRecorderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = Build.Now;
    private HistoryDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await HistoryDatabase.CreateAsync(Token);

    [Fact]
    public async Task Recorder_StoreChangesAfterStart_WritesOnlyTheTransitions()
    {
        var store = new ClusterStore();
        store.Upsert(Build.App("nextcloud", health: HealthState.Degraded));
        store.Upsert(Build.Volume("data"));
        var recorder = Recorder(store, new EfStatusHistory(_database));
        await recorder.StartAsync(Token);

        store.Upsert(Build.App("nextcloud", message: "recovered"));
        store.Upsert(Build.Volume("data", "degraded"));
        store.Upsert(Build.Volume("data", "degraded", state: "detached"));
        var rows = await WaitForRowsAsync(2);
        await recorder.StopAsync(Token);

        Assert.Equal(
            [("ArgoApplication", "argocd", "nextcloud", "health", "Degraded", "Healthy"), ("LonghornVolume", "longhorn-system", "data", "robustness", "healthy", "degraded")],
            rows.OrderBy(r => r.Id).Select(r => (r.Kind, r.Namespace, r.Name, r.Field, r.From, r.To)));
        Assert.All(rows, r => Assert.Equal(Build.Cluster, r.Cluster));
    }

    [Fact]
    public async Task Recorder_DatabaseBusyTwice_RetriesAndWrites()
    {
        var store = new ClusterStore();
        store.Upsert(Build.Volume("data"));
        var history = new BusyFirst(new EfStatusHistory(_database), failures: 2);
        var recorder = Recorder(store, history);
        await recorder.StartAsync(Token);

        store.Upsert(Build.Volume("data", "faulted"));
        var row = Assert.Single(await WaitForRowsAsync(1));
        await recorder.StopAsync(Token);

        Assert.Equal(("robustness", "faulted"), (row.Field, row.To));
        Assert.Equal(3, history.Attempts);
    }

    [Fact]
    public async Task PurgeExpiredAsync_RowsOlderThanRetention_DeletesThemButKeepsPendingAudits()
    {
        var history = new EfStatusHistory(_database);
        var key = Build.App("podinfo").Key;
        await history.AppendAsync(Now.AddDays(-91), [new StatusChange(key, "health", "Healthy", "Degraded")], Token);
        await history.AppendAsync(Now.AddDays(-89), [new StatusChange(key, "health", "Degraded", "Healthy")], Token);
        var audit = new EfAuditLog(_database);
        var oldCommitted = await audit.WriteIntentAsync(Intent(Now.AddDays(-100)), Token);
        await audit.CompleteAsync(oldCommitted, new AuditCompletion(AuditState.Committed, Now.AddDays(-100), "abc"), Token);
        var oldPending = await audit.WriteIntentAsync(Intent(Now.AddDays(-100)), Token);
        var recent = await audit.WriteIntentAsync(Intent(Now.AddDays(-1)), Token);
        var recorder = new HistoryRecorder(new ClusterStore(), history, new HistoryRecorderOptions { Retention = TimeSpan.FromDays(90) },
            new FakeTimeProvider(Now), NullLogger<HistoryRecorder>.Instance);

        var deleted = await recorder.PurgeExpiredAsync(Token);

        Assert.Equal(2, deleted);
        var remaining = await history.ListAsync(new ActivityQuery(), Token);
        Assert.Equal("Healthy", Assert.Single(remaining.Transitions).To);
        Assert.Equal([recent, oldPending], remaining.Actions.Select(a => a.Id));
    }

    [Fact]
    public async Task ListAsync_SearchAndTypes_FilterBothTablesNewestFirst()
    {
        var history = new EfStatusHistory(_database);
        await history.AppendAsync(Now.AddMinutes(-3), [new StatusChange(Build.App("podinfo").Key, "sync", "Synced", "OutOfSync")], Token);
        await history.AppendAsync(Now.AddMinutes(-2), [new StatusChange(Build.Volume("data").Key, "robustness", "healthy", "degraded")], Token);
        await history.AppendAsync(Now.AddMinutes(-1), [new StatusChange(Build.App("podinfo").Key, "sync", "OutOfSync", "Synced")], Token);
        var audit = new EfAuditLog(_database);
        var action = await audit.WriteIntentAsync(Intent(Now) with { Target = "home/ArgoApplication/argocd/podinfo" }, Token);
        await audit.WriteIntentAsync(Intent(Now) with { Target = "home/ArgoApplication/argocd/other" }, Token);

        var podinfo = await history.ListAsync(new ActivityQuery("PodInfo"), Token);
        var longhorn = await history.ListAsync(new ActivityQuery("longhorn", ActivityTypes.Transitions), Token);
        var actionsOnly = await history.ListAsync(new ActivityQuery("podinfo", ActivityTypes.Actions), Token);
        var newestOne = await history.ListAsync(new ActivityQuery(Limit: 1), Token);
        var wildcard = await history.ListAsync(new ActivityQuery("%"), Token);

        Assert.Equal(["Synced", "OutOfSync"], podinfo.Transitions.Select(t => t.To));
        Assert.Equal([action], podinfo.Actions.Select(a => a.Id));
        Assert.Equal(ResourceKind.LonghornVolume, Assert.Single(longhorn.Transitions).Key.Kind);
        Assert.Empty(longhorn.Actions);
        Assert.Empty(actionsOnly.Transitions);
        Assert.Equal("Synced", Assert.Single(newestOne.Transitions).To);
        Assert.Single(newestOne.Actions);
        Assert.Equal(ActivityPage.Empty.Transitions, wildcard.Transitions);
    }

    private HistoryRecorder Recorder(IClusterStore store, IStatusHistory history) => new(store, history,
        new HistoryRecorderOptions { BatchInterval = TimeSpan.FromMilliseconds(20), RetryDelay = TimeSpan.FromMilliseconds(10) },
        TimeProvider.System, NullLogger<HistoryRecorder>.Instance);

    private async Task<List<StatusTransition>> WaitForRowsAsync(int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (true)
        {
            await using (var db = _database.CreateDbContext())
            {
                var rows = await db.StatusTransitions.AsNoTracking().ToListAsync(timeout.Token);
                if (rows.Count >= count)
                {
                    return rows;
                }
            }

            await Task.Delay(25, timeout.Token);
        }
    }

    private static AuditIntent Intent(DateTimeOffset at) =>
        new(at, "alice", "rollback", "home/ArgoApplication/argocd/podinfo", "homelab/fleet-infra", "main", "aaaaaaa", "bbbbbbb");

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A history whose first writes fail the way SQLite does when another writer holds the lock too long.</summary>
    private sealed class BusyFirst(IStatusHistory inner, int failures) : IStatusHistory
    {
        private int _attempts;

        public int Attempts => _attempts;

        public Task AppendAsync(DateTimeOffset at, IReadOnlyList<StatusChange> changes, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _attempts) <= failures
                ? throw new DbUpdateException("save failed", new SqliteException("SQLite Error 5: 'database is locked'.", 5))
                : inner.AppendAsync(at, changes, cancellationToken);

        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => inner.DeleteOlderThanAsync(cutoff, cancellationToken);

        public Task<ActivityPage> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default) => inner.ListAsync(query, cancellationToken);
    }
}
