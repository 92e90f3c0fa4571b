using System.Text.Json;
using Dashboard.Core.Actions;
using Dashboard.Data.Entities;
using Dashboard.Sandbox;
using Dashboard.Sandbox.GitHub;
using Dashboard.Testing;
using LibGit2Sharp;

namespace Dashboard.Web.Tests.Faults;

/// <summary>
/// Issue 6, "the process killed during an action": the dashboard runs as a real OS process against the sandbox's
/// emulators (started here, in the test process, so they outlive it), a rollback is held in flight at the GitHub
/// ref update, the process is SIGKILLed, and a fresh process on the same SQLite file must settle the audit row
/// from what Git shows: no row lost, none left Pending, no second commit.
/// </summary>
public sealed class ProcessKilledDuringActionTests : IAsyncLifetime
{
    private const string App = "whoami";
    private const string RollbackPath = "/api/apps/sandbox/Application/argocd/whoami/rollback";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _data = new("dashboard-killtest");
    private SandboxWorld _world = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        // The background story is off so nothing but the action moves the branch or the app.
        _world = await SandboxWorld.StartAsync(new SandboxWorldOptions { StartLife = false }, cancellationToken: Token);

    [Fact]
    public async Task Rollback_KilledBeforeRefUpdate_RestartSettlesRowAsFailedAndBranchIsUnchanged()
    {
        var headBefore = _world.GitRepository.HeadOf()!;

        var (pending, rowsBefore) = await KillDuringRollbackAsync(afterApplying: false);
        Assert.Equal(headBefore, _world.GitRepository.HeadOf());

        var settled = await RestartAndWaitUntilSettledAsync(pending.Id);
        Assert.Equal(AuditOutcome.Failed, settled.Outcome);
        Assert.Equal(PendingActionSettler.NotWritten, settled.Error);
        Assert.Null(settled.CommitSha);
        await AssertNoRowLostAsync(rowsBefore, settled.Id);
        Assert.Equal(headBefore, _world.GitRepository.HeadOf());
        Assert.Equal(0, CommitsOnBranchFor(pending.Id));
    }

    [Fact]
    public async Task Rollback_KilledAfterRefUpdateBeforeCompletion_RestartSettlesRowAsCommittedWithThatSha()
    {
        var headBefore = _world.GitRepository.HeadOf()!;

        var (pending, rowsBefore) = await KillDuringRollbackAsync(afterApplying: true);
        var landed = _world.GitRepository.HeadOf()!;
        Assert.NotEqual(headBefore, landed);

        var settled = await RestartAndWaitUntilSettledAsync(pending.Id);
        Assert.Equal(AuditOutcome.Committed, settled.Outcome);
        Assert.Equal(landed, settled.CommitSha);
        Assert.Null(settled.Error);
        await AssertNoRowLostAsync(rowsBefore, settled.Id);
        Assert.Equal(landed, _world.GitRepository.HeadOf());
        Assert.Equal(1, CommitsOnBranchFor(pending.Id));
        Assert.Equal(headBefore, ParentOf(landed));
    }

    /// <summary>Starts the dashboard, holds its rollback at the ref update, waits for the Pending row on disk, then kills it.</summary>
    private async Task<(AuditEntry Pending, int RowsBefore)> KillDuringRollbackAsync(bool afterApplying)
    {
        var audit = new AuditFile(_data.File("dashboard.db"));
        var earlier = _world.GitRepository.Sha(SeedLabels.Whoami1102);
        var (dashboard, address) = await StartDashboardAsync();
        await using (dashboard)
        {
            using var client = Client(address);
            await WaitForAppAsync(client);

            var hold = _world.GitHub.Faults.HoldNextRefUpdate(afterApplying);
            var rollback = client.PostAsJsonAsync(RollbackPath, new { revision = earlier }, Token);
            var first = await Task.WhenAny(hold.Reached, rollback).WaitAsync(Bound, Token);
            if (first == rollback)
            {
                var response = await rollback;
                Assert.Fail($"The rollback ended before its ref update: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Token)}\n{dashboard.Output}");
            }

            var pending = await audit.WaitForAsync(r => r.Action == "rollback" && r.Outcome == AuditOutcome.Pending, Bound, "Pending rollback", Token);
            var rowsBefore = (await audit.ReadAsync(Token)).Count;

            await dashboard.KillAsync(Token);

            // The client sees its connection drop; what matters is the row on disk, not this answer.
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => rollback);
            var afterKill = await audit.ReadAsync(Token);
            Assert.Equal(rowsBefore, afterKill.Count);
            Assert.Equal(AuditOutcome.Pending, afterKill.Single(r => r.Id == pending.Id).Outcome);
            return (pending, rowsBefore);
        }
    }

    private async Task<AuditEntry> RestartAndWaitUntilSettledAsync(long id)
    {
        var audit = new AuditFile(_data.File("dashboard.db"));
        var (dashboard, _) = await StartDashboardAsync();
        await using (dashboard)
        {
            try
            {
                return await audit.WaitForAsync(r => r.Id == id && r.Outcome != AuditOutcome.Pending, Bound, $"#{id} settled", Token);
            }
            catch (TimeoutException exception)
            {
                throw new TimeoutException(exception.Message + "\n" + dashboard.Output, exception);
            }
        }
    }

    private async Task AssertNoRowLostAsync(int rowsBefore, long settledId)
    {
        var rows = await new AuditFile(_data.File("dashboard.db")).ReadAsync(Token);
        Assert.Equal(rowsBefore, rows.Count);
        Assert.Single(rows, r => r.Id == settledId);
        Assert.DoesNotContain(rows, r => r.Outcome == AuditOutcome.Pending);
    }

    /// <summary>A production-mode dashboard (no --sandbox) pointed at this test's emulators, on the test's SQLite file.</summary>
    private Task<(DashboardProcess Process, Uri Address)> StartDashboardAsync() =>
        DashboardProcess.StartAsync(
            Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll"), _data.Path,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Dashboard__Data__Path"] = _data.File("dashboard.db"),
                ["Dashboard__Kubernetes__Clusters__0__KubeconfigPath"] = _world.KubeconfigPath,
                ["Dashboard__Git__BaseUrl"] = _world.GitHubBaseAddress.ToString(),
                ["Dashboard__Git__Token"] = _world.GitHubToken,
            },
            Token);

    private static HttpClient Client(Uri address)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = Bound * 2 };
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        return client;
    }

    /// <summary>Actions need the app in the store with its revision; poll /api/status until the watch has delivered it.</summary>
    private static async Task WaitForAppAsync(HttpClient client)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bounded.CancelAfter(Bound);
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/api/status", bounded.Token);
            if (status.GetProperty("apps").EnumerateArray().Any(a =>
                a.GetProperty("key").GetProperty("name").GetString() == App && a.GetProperty("revision").ValueKind == JsonValueKind.String))
            {
                return;
            }

            await Task.Delay(100, bounded.Token);
        }
    }

    private int CommitsOnBranchFor(long auditId)
    {
        using var repository = new Repository(_world.GitRepository.Path);
        return repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = repository.Branches[SandboxGitRepository.BranchName] })
            .Count(c => CommitMessages.HasAuditId(c.Message, auditId));
    }

    private string ParentOf(string sha)
    {
        using var repository = new Repository(_world.GitRepository.Path);
        return repository.Lookup<Commit>(sha).Parents.Single().Sha;
    }

    public async ValueTask DisposeAsync()
    {
        await _world.DisposeAsync();
        AuditFile.ReleaseConnections();
        _data.Dispose();
    }
}
