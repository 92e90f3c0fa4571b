using Dashboard.Bench.Harness;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 1: the emulator changes an app (t0), a raw watch in this process sees it (t1), the open pages show
/// it (t2, MutationObserver on the browser's wall clock). With 50 pages still open it then measures scenario 4,
/// the idle cost to the API server and to GitHub (<see cref="CostMeasurement"/>).
/// </summary>
public sealed class EventToScreenScenario : IScenario
{
    private const string Scenario = "1 event to screen";

    public string Name => "event";

    public async Task RunAsync(BenchContext context)
    {
        var ct = context.CancellationToken;
        await using var world = await BenchWorld.StartAsync(context.Size(50, 1000), context.Size(10, 500), context.Size(10, 200), plainMessages: true, ct);
        var gitPoll = context.Size("10", "60");
        await using var app = await context.StartAppAsync(world, new Dictionary<string, string> { ["Dashboard__Git__PollIntervalSeconds"] = gitPoll });
        await using var raw = new RawWatch(world.World.KubeconfigPath);
        await raw.StartAsync(ct);
        await using var browser = await BrowserSession.StartAsync();
        var (ns, target) = world.GeneratedApps[0];
        var url = new Uri(app.Address, $"apps?q={target}");
        var pages = new List<BenchPage>();
        var cost = new CostMeasurement(context, world);
        var openWatchesNoPages = 0;
        double? p95At1 = null;
        foreach (var count in context.Size(new[] { 1, 3 }, [1, 10, 50]))
        {
            while (pages.Count < count)
            {
                pages.Add(await browser.OpenOneAsync(url));
            }

            if (count == 1)
            {
                // The emulator also counts the bench's own raw watch (the baseline); only the dashboard's are wanted.
                openWatchesNoPages = world.Kubernetes.Faults.OpenWatchCount - 1;
                cost.StartGitHubWindow();
            }

            await WaitForRowAsync(pages, target);
            var (offset, roundTrip) = await BrowserSession.ClockOffsetAsync(pages[^1].Page);
            var events = context.Size(20, 500);
            var t0 = new double[events];
            for (var i = 0; i < events; i++)
            {
                t0[i] = Clock.NowMs();
                world.SetHealth(ns, target, "Healthy", $"e{count}-{i}");
                await Task.Delay(200, ct);
            }

            await Task.Delay(2000, ct);
            var (offsetAfter, _) = await BrowserSession.ClockOffsetAsync(pages[^1].Page);
            var seen = new List<Dictionary<string, double>>();
            foreach (var page in pages)
            {
                seen.Add(await page.SeenAsync());
            }

            var endToEnd = new List<double>();
            var afterWatch = new List<double>();
            var watch = new List<double>();
            var missing = 0;
            for (var i = 0; i < events; i++)
            {
                var t1 = raw.SeenAt(target, $"e{count}-{i}");
                watch.Add(t1 - t0[i]);
                foreach (var page in seen)
                {
                    if (page.TryGetValue($"{target}|e{count}-{i}", out var t2))
                    {
                        endToEnd.Add(t2 - t0[i]);
                        afterWatch.Add(t2 - t1);
                    }
                    else
                    {
                        missing++;
                    }
                }
            }

            var label = $"{count} page{(count == 1 ? "" : "s")}";
            var note = $"{events} events x {count} pages, 200 ms apart; {missing} (event, page) pairs never shown (coalesced into the next batch); browser clock offset {offset:0.0} ms before, {offsetAfter:0.0} ms after (read within {roundTrip:0.0} ms), not subtracted";
            foreach (var p in new[] { 50.0, 95, 99 })
            {
                context.Add(Scenario, $"t2-t0 p{p} ({label})", Stats.Percentile(endToEnd, p), "ms", $"t1-t0 p{p} (raw watch)", Stats.Percentile(watch, p), note: p == 50 ? note : null);
            }

            foreach (var p in new[] { 50.0, 95, 99 })
            {
                var value = Stats.Percentile(afterWatch, p);
                var goal = p == 95 && count == 10 ? "p95 < 150 ms with 10 pages" : null;
                context.Add(Scenario, $"t2-t1 p{p} ({label})", value, "ms", $"t1-t0 p{p} (raw watch)", Stats.Percentile(watch, p),
                    goal, goal is null ? null : value < 150);
            }

            context.Add(Scenario, $"events never shown ({label})", missing, "pairs", "(event, page) pairs", events * count);
            if (count == 1)
            {
                p95At1 = Stats.Percentile(afterWatch, 95);
            }
            else
            {
                context.Add(Scenario, $"t2-t1 p95 growth ({label})", Stats.Percentile(afterWatch, 95), "ms", "t2-t1 p95 with 1 page", p95At1);
            }

            context.Add(Scenario, $"browser clock offset ({label})", Math.Abs(offsetAfter), "ms", "read round trip", roundTrip);
        }

        await cost.MeasureIdleAsync(pages.Count, openWatchesNoPages, gitPoll);
        await browser.CloseAllAsync();
    }

    private static async Task WaitForRowAsync(List<BenchPage> pages, string app)
    {
        foreach (var page in pages)
        {
            await page.Page.Locator($"[data-testid=app-row][data-app='{app}']").WaitForAsync(new() { Timeout = 60_000 });
        }
    }
}
