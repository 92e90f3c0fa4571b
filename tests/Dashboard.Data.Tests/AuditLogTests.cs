using Dashboard.Core.Actions;
using Dashboard.Core.GitOps;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Data.Tests;

public sealed class AuditLogTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";
    private readonly TempDirectory _directory = new("dashboard-audit");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteIntentThenComplete_RealSqliteFile_ReadsBackEveryField()
    {
        var log = await CreateLogAsync();

        var id = await log.WriteIntentAsync(Intent("sandbox/ArgoApplication/argocd/whoami", Now), Token);
        var pending = Assert.Single(await log.ListAsync(new AuditQuery(), Token));
        await log.CompleteAsync(id, new AuditCompletion(AuditState.Committed, Now.AddSeconds(2), Sha), Token);

        Assert.Equal(AuditState.Pending, pending.State);
        var row = Assert.Single(await CreateFreshLog().ListAsync(new AuditQuery(), Token));
        Assert.Equal(new AuditRecord(id, Now, Now.AddSeconds(2), "alice", "rollback", "sandbox/ArgoApplication/argocd/whoami",
            "homelab/fleet-infra", "main", "aaaaaaa", "bbbbbbb", Sha, null, AuditState.Committed, null), row);
    }

    [Fact]
    public async Task ListAsync_TargetPrefixStateAndLimit_FiltersNewestFirst()
    {
        var log = await CreateLogAsync();
        var a = await log.WriteIntentAsync(Intent("sandbox/ArgoApplication/argocd/whoami", Now), Token);
        var b = await log.WriteIntentAsync(Intent("sandbox/ArgoApplication/argocd/whoami-two", Now.AddMinutes(1)), Token);
        var c = await log.WriteIntentAsync(Intent("sandbox/FluxKustomization/flux-system/apps", Now.AddMinutes(2)), Token);
        await log.CompleteAsync(c, new AuditCompletion(AuditState.Denied, Now, Error: "viewer"), Token);

        var exact = await log.ListAsync(new AuditQuery("sandbox/ArgoApplication/argocd/whoami"), Token);
        var prefix = await log.ListAsync(new AuditQuery("sandbox/ArgoApplication"), Token);
        var all = await log.ListAsync(new AuditQuery("sandbox", Limit: 2), Token);
        var denied = await log.ListAsync(new AuditQuery(State: AuditState.Denied), Token);

        Assert.Equal([a], exact.Select(r => r.Id));
        Assert.Equal([b, a], prefix.Select(r => r.Id));
        Assert.Equal([c, b], all.Select(r => r.Id));
        Assert.Equal([c], denied.Select(r => r.Id));
    }

    [Fact]
    public async Task Settle_CommitWithTheAuditTrailerExists_RowBecomesCommittedWithThatSha()
    {
        var log = await CreateLogAsync();
        var id = await log.WriteIntentAsync(Intent("sandbox/ArgoApplication/argocd/whoami", Now), Token);
        var git = new HistoryOnlyGit(
            new CommitInfo("1111111111111111111111111111111111111111", [], "Bob", "b@x", Now.AddMinutes(-30), "older work\n"),
            new CommitInfo(Sha, [], "Dashboard", "d@x", Now.AddSeconds(3), CommitMessages.WithAuditId("rollback(whoami): argocd/whoami to aaaaaaa (was bbbbbbb)", "alice", id) + "\n"));

        var settled = await Settler(log, git).SettleAsync(Token);

        Assert.Equal(1, settled);
        var row = Assert.Single(await CreateFreshLog().ListAsync(new AuditQuery(), Token));
        Assert.Equal((AuditState.Committed, Sha, (string?)null), (row.State, row.CommitSha, row.Error));
    }

    [Fact]
    public async Task Settle_NoMatchingCommit_RowBecomesFailedProcessStopped()
    {
        var log = await CreateLogAsync();
        var id = await log.WriteIntentAsync(Intent("sandbox/ArgoApplication/argocd/whoami", Now), Token);
        var git = new HistoryOnlyGit(
            new CommitInfo(Sha, [], "Dashboard", "d@x", Now.AddMinutes(-60), CommitMessages.WithAuditId("rollback(whoami): older", "alice", id + 1) + "\n"),
            new CommitInfo("1111111111111111111111111111111111111111", [], "Bob", "b@x", Now.AddMinutes(1), "rollback(whoami): by hand\n\nRequested-by: bob\n"));

        await Settler(log, git).SettleAsync(Token);

        var row = Assert.Single(await CreateFreshLog().ListAsync(new AuditQuery(), Token));
        Assert.Equal((AuditState.Failed, (string?)null), (row.State, row.CommitSha));
        Assert.Equal("The process stopped before the commit was written.", row.Error);
    }

    [Fact]
    public async Task Settle_GitUnreachable_RowStaysPending()
    {
        var log = await CreateLogAsync();
        await log.WriteIntentAsync(Intent("sandbox/ArgoApplication/argocd/whoami", Now), Token);

        var settled = await Settler(log, new HistoryOnlyGit { Unavailable = true }).SettleAsync(Token);

        Assert.Equal(0, settled);
        Assert.Equal(AuditState.Pending, Assert.Single(await log.ListAsync(new AuditQuery(), Token)).State);
    }

    private static PendingActionSettler Settler(IAuditLog log, IGitRepository git) =>
        new(log, git, new ActionOptions(), new FakeTimeProvider(Now.AddHours(1)), NullLogger<PendingActionSettler>.Instance);

    private static AuditIntent Intent(string target, DateTimeOffset at) =>
        new(at, "alice", "rollback", target, "homelab/fleet-infra", "main", "aaaaaaa", "bbbbbbb");

    private async Task<EfAuditLog> CreateLogAsync()
    {
        await using (var db = new DashboardDbContext(Options()))
        {
            await db.Database.MigrateAsync(Token);
        }

        return CreateFreshLog();
    }

    private EfAuditLog CreateFreshLog() => new(new Factory(Options()));

    private DbContextOptions<DashboardDbContext> Options() =>
        new DbContextOptionsBuilder<DashboardDbContext>().UseDashboardSqlite(_directory.File("audit.db")).Options as DbContextOptions<DashboardDbContext>
        ?? throw new InvalidOperationException();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private sealed class Factory(DbContextOptions<DashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new(options);
    }
}
