using Dashboard.Bench.Harness;
using Dashboard.Sandbox.GitHub;
using Microsoft.Data.Sqlite;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 5, action side: a rollback of the seeded whoami app driven through the action API (as an external client
/// would) under each GitHub fault and under a held SQLite write lock. The GitHub faults are put on the action's ref
/// update (the emulator holds the request, the bench arms the fault, then lets it go), so the app's background
/// polling cannot take them. Each figure: time from request to the final answer against the same action without a
/// fault (same app, same run), the audit row's final state and message, and the commits the action left on the branch.
/// </summary>
public sealed class ActionFaultMeasurement(BenchContext context)
{
    private const string Scenario = "5 faults";
    private const string ForeignPrefix = "notes: foreign change";

    private readonly CancellationToken _ct = context.CancellationToken;
    private bool _atOld;

    public async Task RunAsync()
    {
        await using var world = await BenchWorld.StartAsync(10, 0, 0, plainMessages: false, _ct);
        await using var app = await context.StartAppAsync(world);
        using var api = new ActionApi(app.Address);
        await api.WaitForAppAsync(_ct);
        var faults = world.World.GitHub.Faults;

        // The first action pays for JIT and connection set-up; it is not a baseline.
        await RunAsync(world, api, null);
        var baselines = new List<double>();
        for (var i = 0; i < context.Size(1, 3); i++)
        {
            var (answer, _, _, _) = await RunAsync(world, api, null);
            baselines.Add(answer.ElapsedMs);
        }

        var baseline = Stats.Median(baselines);
        var cases = new (string Name, Action Arm, bool KeepsForeign)[]
        {
            ("GitHub 5xx (502 on the ref update)", () => faults.FailNextRequests(1), false),
            ("GitHub secondary rate limit (403, Retry-After 2 s, on the ref update)", () => faults.SecondaryRateLimitNext(2, 1), false),
            ("moved ref (a foreign commit lands between read and update)", () => faults.MoveRefBeforeNextUpdate(), true),
        };
        foreach (var (name, arm, keepsForeign) in context.Short ? cases.Take(1) : cases)
        {
            var (answer, row, commits, headBefore) = await RunAsync(world, api, arm);
            var foreignKept = !keepsForeign || BranchHistory.CommitsSince(world, headBefore, ForeignPrefix) == 1;
            AddFigures($"action under {name}", answer, row, commits, foreignKept, baseline, keepsForeign ? "; foreign commit kept: " + foreignKept : "");
        }

        if (!context.Short)
        {
            await MeasureSqliteBusyAsync(world, app, api, baseline);
        }
    }

    /// <summary>A second connection holds SQLite's write lock (BEGIN IMMEDIATE) from just before the request for a few seconds.</summary>
    private async Task MeasureSqliteBusyAsync(BenchWorld world, AppProcess app, ActionApi api, double baseline)
    {
        var hold = TimeSpan.FromSeconds(5);
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False");
        await connection.OpenAsync(_ct);
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(_ct);
        }

        var action = RunAsync(world, api, null);
        await Task.Delay(hold, _ct);
        await using (var rollback = connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync(_ct);
        }

        var (answer, row, commits, _) = await action;
        AddFigures($"action under SQLite busy (write lock held {hold.TotalSeconds:0} s from the request)", answer, row, commits, true, baseline, "");
    }

    private void AddFigures(string name, ActionAnswer answer, AuditRow? row, int commits, bool foreignKept, double baseline, string extra)
    {
        var clear = answer.Status is "Committed" or "Failed" or "Conflict" && (answer.Status == "Committed" || answer.Message.Length > 0);
        var final = row is { IsFinal: true };
        var audit = row is null ? "NO audit row" : $"audit #{row.Id} {row.Outcome}{(row.Error is null ? "" : $" \"{Short(row.Error)}\"")}";
        var note = $"answer {answer.HttpStatus} {answer.Status}{(answer.Attempts is { } a ? $" after {a} attempt(s)" : "")}: \"{Short(answer.Message)}\"; {audit}; {commits} commit(s) by the action{extra}";
        context.Add(Scenario, $"{name}: time to a final result", answer.ElapsedMs, "ms", "the same action without a fault, same app, just before", baseline,
            "ends in a clear result; audit row final with its message", clear && final, note);
        context.Add(Scenario, $"{name}: commits on the branch by the action", commits, "commits", "the same action without a fault", 1,
            "at most 1 (no duplicate)" + (extra.Contains("foreign", StringComparison.Ordinal) ? "; the foreign commit kept" : ""), commits <= 1 && foreignKept, note);
    }

    /// <summary>One rollback (to whichever seeded whoami revision differs from the branch), with <paramref name="arm"/> applied at its ref update.</summary>
    private async Task<(ActionAnswer Answer, AuditRow? Row, int Commits, string HeadBefore)> RunAsync(BenchWorld world, ActionApi api, Action? arm)
    {
        var git = world.World.GitRepository;
        var headBefore = git.HeadOf()!;
        var target = git.Sha(_atOld ? SeedLabels.Whoami1110 : SeedLabels.Whoami1102);
        Task<ActionAnswer> request;
        if (arm is null)
        {
            request = api.RollbackAsync(target, _ct);
        }
        else
        {
            var hold = world.World.GitHub.Faults.HoldNextRefUpdate();
            request = api.RollbackAsync(target, _ct);
            var first = await Task.WhenAny(hold.Reached, request).WaitAsync(TimeSpan.FromSeconds(60), _ct);
            if (first == request)
            {
                var early = await request;
                throw new InvalidOperationException($"The rollback ended before its ref update: {early.HttpStatus} {early.Message}");
            }

            arm();
            hold.Release();
        }

        var answer = await request;
        if (answer.Status == "Committed")
        {
            _atOld = !_atOld;
        }

        var row = answer.AuditId is { } id ? (await api.AuditAsync(_ct)).FirstOrDefault(r => r.Id == id) : null;
        var commits = answer.AuditId is { } auditId ? BranchHistory.CommitsFor(world, auditId) : 0;
        return (answer, row, commits, headBefore);
    }

    private static string Short(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
