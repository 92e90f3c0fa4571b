using Dashboard.Bench.Harness;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 5 (API side): each fault hides a deletion and a change from the app while it lasts, then the API comes
/// back; the figure is the time from "API back" until the page shows the change and no longer shows the deleted app.
/// </summary>
public sealed class FaultScenario : IScenario
{
    private const string Scenario = "5 faults";

    public string Name => "faults";

    public async Task RunAsync(BenchContext context)
    {
        var ct = context.CancellationToken;
        await using var world = await BenchWorld.StartAsync(100, 10, 10, plainMessages: true, ct);
        await using var app = await context.StartAppAsync(world);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.OpenOneAsync(new Uri(app.Address, "apps?q=-g000"), viewportHeight: 6500);
        var apps = world.GeneratedApps.Where(a => a.Name.Contains("-g000", StringComparison.Ordinal)).ToList();
        var faults = world.Kubernetes.Faults;
        var stall = TimeSpan.FromSeconds(context.Size(2, 10));
        var cases = new (string Name, Func<Task> Break, Func<Task> Heal)[]
        {
            ("API server restart", () => { faults.StallWatches(); return Task.CompletedTask; },
                async () => { await world.Kubernetes.RestartAsync(ct); faults.ReleaseWatches(); }),
            ("dropped stream", () => { faults.StallWatches(); return Task.CompletedTask; },
                () => { faults.DropWatches(); faults.ReleaseWatches(); return Task.CompletedTask; }),
            ($"stalled stream ({stall.TotalSeconds:0} s, no bytes)", () => { faults.StallWatches(); return Task.CompletedTask; },
                async () => { await Task.Delay(stall, ct); faults.ReleaseWatches(); }),
            ("410 Gone (history compacted)", () => { faults.StallWatches(); return Task.CompletedTask; },
                () => { faults.CompactHistory(); faults.DropWatches(); faults.ReleaseWatches(); return Task.CompletedTask; }),
            ("500s (next 5 requests)", () => { faults.StallWatches(); return Task.CompletedTask; },
                () => { faults.FailNext(5); faults.DropWatches(); faults.ReleaseWatches(); return Task.CompletedTask; }),
            ("429 with Retry-After 1 s (next 3 requests)", () => { faults.StallWatches(); return Task.CompletedTask; },
                () => { faults.ThrottleNext(3, 1); faults.DropWatches(); faults.ReleaseWatches(); return Task.CompletedTask; }),
        };

        var index = 0;
        foreach (var (name, breakIt, heal) in cases)
        {
            // Baseline: an ordinary change on the same page, right before the fault.
            var (bns, bname) = apps[index * 3];
            var t0 = Clock.NowMs();
            world.SetHealth(bns, bname, "Healthy", $"base-{index}");
            var baseline = await WaitUntilAsync(page, bname, $"base-{index}", null, 15_000) - t0;

            var (dns, deleted) = apps[index * 3 + 1];
            var (cns, changed) = apps[index * 3 + 2];
            await breakIt();
            world.DeleteApp(dns, deleted);
            world.SetHealth(cns, changed, "Degraded", $"fault-{index}");
            await Task.Delay(500, ct);
            var healStarted = Clock.NowMs();
            await heal();
            var back = name.StartsWith("stalled", StringComparison.Ordinal) ? Clock.NowMs() : healStarted;
            var correct = await WaitUntilAsync(page, changed, $"fault-{index}", deleted, 30_000);
            var recovery = correct - back;
            var stale = (await page.RowsAsync()).Any(r => r.App == deleted);
            context.Add(Scenario, $"page correct after API back: {name}", recovery, "ms", "ordinary change to screen, same page, just before", baseline,
                "under 5 s, no stale object", !double.IsNaN(recovery) && recovery < 5000 && !stale,
                stale ? $"STALE: {deleted} still shown" : $"deleted {deleted} gone, change to {changed} shown");
            index++;
        }

        context.Report.Gap(Scenario, "GitHub 5xx / secondary rate limit / moved ref during an action",
            "needs an action driven end to end through the UI under each GitHub fault; not built in this session (the Git tests cover retry on a moved ref)");
        context.Report.Gap(Scenario, "SQLite busy, process killed during an action, phone sleep", "not built in this session");
        await browser.CloseAllAsync();
    }

    /// <summary>Browser wall-clock ms when the page first showed <paramref name="message"/> for the app and (if given) no longer showed <paramref name="gone"/>; NaN on timeout.</summary>
    private static async Task<double> WaitUntilAsync(BenchPage page, string app, string message, string? gone, int timeoutMs)
    {
        var started = Clock.NowMs();
        while (Clock.NowMs() - started < timeoutMs)
        {
            var seen = await page.SeenAtAsync(app, message);
            var goneAt = gone is null ? 0 : await page.GoneAtAsync(gone);
            if (!double.IsNaN(seen) && !double.IsNaN(goneAt))
            {
                return Math.Max(seen, goneAt);
            }

            await Task.Delay(50);
        }

        return double.NaN;
    }
}
