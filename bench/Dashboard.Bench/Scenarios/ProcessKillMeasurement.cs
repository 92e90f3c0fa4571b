using Dashboard.Bench.Harness;
using Dashboard.Sandbox.GitHub;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 5, process killed during an action: the GitHub emulator holds a rollback's ref update (before or after
/// moving the branch), the bench SIGKILLs the app once the Pending audit row is on disk, then starts a fresh process
/// on the same data folder. The figure is the time from that start until the audit row is settled; the baseline is
/// the first process's start to /healthz. Checked: no row lost, none left Pending, no second commit.
/// </summary>
public sealed class ProcessKillMeasurement(BenchContext context)
{
    private const string Scenario = "5 faults";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    public async Task RunAsync()
    {
        foreach (var afterApplying in new[] { false, true })
        {
            await MeasureAsync(afterApplying);
        }
    }

    private async Task MeasureAsync(bool afterApplying)
    {
        var ct = context.CancellationToken;
        var name = afterApplying ? "after the branch moved, before the answer" : "before the ref update";
        await using var world = await BenchWorld.StartAsync(10, 0, 0, plainMessages: false, ct);
        var git = world.World.GitRepository;
        var headBefore = git.HeadOf()!;
        await using var first = await context.StartAppAsync(world);
        var firstStart = first.SinceStart.Elapsed.TotalMilliseconds;
        using var api = new ActionApi(first.Address);
        await api.WaitForAppAsync(ct);

        var hold = world.World.GitHub.Faults.HoldNextRefUpdate(afterApplying);
        var request = api.RollbackAsync(git.Sha(SeedLabels.Whoami1102), ct);
        if (await Task.WhenAny(hold.Reached, request).WaitAsync(Bound, ct) == request)
        {
            var early = await request;
            throw new InvalidOperationException($"The rollback ended before its ref update: {early.HttpStatus} {early.Message}");
        }

        var pending = await api.WaitForRowAsync(r => r.Action == "rollback" && !r.IsFinal, Bound, ct)
            ?? throw new TimeoutException("No Pending rollback row while the ref update was held.");
        var rowsBefore = (await api.AuditAsync(ct)).Count;

        await using var restarted = await first.KillAndRestartAsync(ct);
        try
        {
            await request;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The client sees its connection drop; what counts is the row on disk.
        }

        using var after = new ActionApi(restarted.Address);
        var settled = await after.WaitForRowAsync(r => r.Id == pending.Id && r.IsFinal, Bound, ct);
        var settleMs = settled is null ? double.NaN : restarted.SinceStart.Elapsed.TotalMilliseconds;
        var rows = await after.AuditAsync(ct);
        var commits = BranchHistory.CommitsFor(world, pending.Id);
        var headAfter = git.HeadOf()!;
        var expected = afterApplying
            ? settled is { Outcome: "Committed" } && settled.CommitSha == headAfter && commits == 1
            : settled is { Outcome: "Failed" } && headAfter == headBefore && commits == 0;
        var lost = rowsBefore - rows.Count;
        var stillPending = rows.Count(r => !r.IsFinal);
        context.Add(Scenario, $"process killed during an action ({name}): restart to intent settled", settleMs, "ms",
            "first start of the same app to /healthz", firstStart,
            "intent settled from Git; no audit row lost, none Pending, no duplicate commit",
            settled is not null && lost == 0 && stillPending == 0 && expected,
            settled is null
                ? $"audit #{pending.Id} NOT settled within {Bound.TotalSeconds:0} s"
                : $"audit #{pending.Id} settled {settled.Outcome}{(settled.Error is null ? "" : $" \"{settled.Error}\"")}{(settled.CommitSha is null ? "" : $" {settled.CommitSha[..7]}")}; "
                  + $"rows {rowsBefore} before the kill, {rows.Count} after; {stillPending} Pending; {commits} commit(s) by the action; branch {(headAfter == headBefore ? "unchanged" : "moved once")}; "
                  + "read at the first audit poll after /healthz, so it includes start-up");
    }
}
