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
        var stall = TimeSpan.FromSeconds(context.Size(2, 10));
        var cases = new (string Name, Action<BenchWorld> Break, Func<BenchWorld, Task> Heal)[]
        {
            ("API server restart", w => w.Kubernetes.Faults.StallWatches(),
                async w => { await w.Kubernetes.RestartAsync(ct); w.Kubernetes.Faults.ReleaseWatches(); }),
            ("410 Gone (history compacted while disconnected)", w => w.Kubernetes.Faults.StallWatches(),
                w => { w.Kubernetes.Faults.CompactHistory(); w.Kubernetes.Faults.DropWatches(); w.Kubernetes.Faults.ReleaseWatches(); return Task.CompletedTask; }),
            ("dropped stream", w => w.Kubernetes.Faults.StallWatches(),
                w => { w.Kubernetes.Faults.DropWatches(); w.Kubernetes.Faults.ReleaseWatches(); return Task.CompletedTask; }),
            ($"stalled stream ({stall.TotalSeconds:0} s, no bytes)", w => w.Kubernetes.Faults.StallWatches(),
                async w => { await Task.Delay(stall, ct); w.Kubernetes.Faults.ReleaseWatches(); }),
            ("500s (next 5 requests)", w => w.Kubernetes.Faults.StallWatches(),
                w => { w.Kubernetes.Faults.FailNext(5); w.Kubernetes.Faults.DropWatches(); w.Kubernetes.Faults.ReleaseWatches(); return Task.CompletedTask; }),
            ("429 with Retry-After 1 s (next 3 requests)", w => w.Kubernetes.Faults.StallWatches(),
                w => { w.Kubernetes.Faults.ThrottleNext(3, 1); w.Kubernetes.Faults.DropWatches(); w.Kubernetes.Faults.ReleaseWatches(); return Task.CompletedTask; }),
        };

        await using var browser = await BrowserSession.StartAsync();
        var timeout = context.Size(20_000, 60_000);
        foreach (var (name, breakIt, heal) in context.Short ? cases.Take(1) : cases)
        {
            // Each fault on a fresh world and app: the watch backoff of one fault must not carry into the next.
            await using var world = await BenchWorld.StartAsync(100, 10, 10, plainMessages: true, ct);
            await using var app = await context.StartAppAsync(world);
            var page = await browser.OpenOneAsync(new Uri(app.Address, "apps?q=-g000"), viewportHeight: 6500);
            var apps = world.GeneratedApps.Where(a => a.Name.Contains("-g000", StringComparison.Ordinal)).ToList();
            await Task.Delay(1000, ct);

            // Baseline: an ordinary change on the same page, right before the fault.
            var (bns, bname) = apps[0];
            var t0 = Clock.NowMs();
            world.SetHealth(bns, bname, "Healthy", "base");
            var baseline = await WaitUntilAsync(page, bname, "base", null, 15_000) - t0;

            var (dns, deleted) = apps[1];
            var (cns, changed) = apps[2];
            breakIt(world);
            world.DeleteApp(dns, deleted);
            world.SetHealth(cns, changed, "Degraded", "fault");
            await Task.Delay(500, ct);
            var healStarted = Clock.NowMs();
            await heal(world);
            var back = name.StartsWith("stalled", StringComparison.Ordinal) ? Clock.NowMs() : healStarted;
            var correct = await WaitUntilAsync(page, changed, "fault", deleted, timeout);
            var recovery = correct - back;
            var stale = (await page.RowsAsync()).Any(r => r.App == deleted);
            context.Add(Scenario, $"page correct after API back: {name}", recovery, "ms", "ordinary change to screen, same page, just before", baseline,
                "under 5 s, no stale object", !double.IsNaN(recovery) && recovery < 5000 && !stale,
                double.IsNaN(recovery) ? $"NOT correct within {timeout / 1000} s; deleted app still shown: {stale}"
                : stale ? $"STALE: {deleted} still shown" : $"deleted {deleted} gone, change to {changed} shown");
            await browser.CloseAllAsync();
        }

        // The action faults and the phone sleep, in the same run (see bench/README.md, "Faults").
        await new ActionFaultMeasurement(context).RunAsync();
        if (!context.Short)
        {
            await new ProcessKillMeasurement(context).RunAsync();
        }

        await new PhoneSleepMeasurement(context, browser).RunAsync();
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
