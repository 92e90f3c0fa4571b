using Dashboard.Bench.Harness;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 2: 200 changes per second across 1,000 apps. Each page filters to a hundred apps in a viewport tall
/// enough to render all of them, so together the pages show every changed app and the final state can be compared.
/// </summary>
public sealed class FloodScenario : IScenario
{
    private const string Scenario = "2 flood";

    public string Name => "flood";

    public async Task RunAsync(BenchContext context)
    {
        var ct = context.CancellationToken;
        var appCount = context.Size(100, 1000);
        await using var world = await BenchWorld.StartAsync(appCount, context.Size(10, 500), context.Size(10, 200), plainMessages: true, ct);
        await using var app = await context.StartAppAsync(world);
        await using var browser = await BrowserSession.StartAsync();
        var pageCount = context.Size(2, 10);
        var pages = new List<BenchPage>();
        for (var k = 0; k < pageCount; k++)
        {
            pages.Add(await browser.OpenOneAsync(new Uri(app.Address, $"apps?q=-g00{k}"), viewportHeight: 6500));
        }

        foreach (var page in pages)
        {
            await page.Page.EvaluateAsync("() => window.__bench.scan = false");
        }

        var flooded = world.GeneratedApps.Where(a => pages.Count > 0 && Enumerable.Range(0, pageCount).Any(k => a.Name.Contains($"-g00{k}", StringComparison.Ordinal))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(context.Size(2, 10)), ct);
        var plateau = app.Probe();
        var plateauLive = await app.ProbeAfterFullGcAsync(ct);

        var rate = 200;
        var seconds = context.Size(5, 60);
        var random = new Random(6);
        var sequence = 0;
        var floodStart = Clock.NowMs();
        var floodClock = System.Diagnostics.Stopwatch.StartNew();
        for (var second = 0; second < seconds; second++)
        {
            for (var tick = 0; tick < 10; tick++)
            {
                for (var i = 0; i < rate / 10; i++)
                {
                    var (ns, name) = flooded[random.Next(flooded.Count)];
                    world.SetHealth(ns, name, sequence % 2 == 0 ? "Healthy" : "Progressing", $"f-{sequence++}");
                }

                var due = TimeSpan.FromMilliseconds(second * 1000 + (tick + 1) * 100) - floodClock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, ct);
                }
            }
        }

        var floodSeconds = floodClock.Elapsed.TotalSeconds;
        var achievedRate = sequence / floodSeconds;
        var endOfFlood = Clock.NowMs();
        var atEnd = app.Probe();
        var windows = new List<BatchWindows>();
        foreach (var page in pages)
        {
            // Arrivals are stamped on the browser's clock; shift the flood's interval onto it.
            var (offset, _) = await BrowserSession.ClockOffsetAsync(page.Page);
            windows.Add(BatchWindows.From(await page.BatchArrivalsAsync(), floodStart + offset, endOfFlood + offset));
        }

        // Nothing lost: every page converges to the emulator's state.
        var converged = double.NaN;
        var mismatches = int.MaxValue;
        while (Clock.NowMs() - endOfFlood < 20_000)
        {
            mismatches = 0;
            foreach (var page in pages)
            {
                foreach (var row in await page.RowsAsync())
                {
                    var (ns, name) = flooded.FirstOrDefault(a => a.Name == row.App);
                    if (name is null)
                    {
                        continue;
                    }

                    var expected = world.GetApp(ns, name)?["status"]?["health"]?["message"]?.GetValue<string>();
                    if (expected != row.Message)
                    {
                        mismatches++;
                    }
                }
            }

            if (mismatches == 0)
            {
                converged = Clock.NowMs() - endOfFlood;
                break;
            }

            await Task.Delay(250, ct);
        }

        var shownRows = 0;
        foreach (var page in pages)
        {
            shownRows += (await page.RowsAsync()).Count;
        }

        await Task.Delay(TimeSpan.FromSeconds(context.Size(3, 30)), ct);
        var after = app.Probe();
        var afterLive = await app.ProbeAfterFullGcAsync(ct);

        var maxPerPage = windows.Select(w => w.MaxInAnySecond).DefaultIfEmpty(0).Max();
        var meanPerPage = windows.Select(w => w.MeanPerSecond).DefaultIfEmpty(0).Average();
        var note = $"{sequence} changes in {floodSeconds:0.0} s over {flooded.Count} apps, {pageCount} pages showing {shownRows} rows; " +
            $"JS.RenderBatch messages stamped in each page's JavaScript, max over every sliding 1-s window; per page max {string.Join(" ", windows.Select(w => w.MaxInAnySecond))}";
        context.Add(Scenario, "render batches per page in any 1-s window (max)", maxPerPage, "batches/s", "changes per second sent", achievedRate,
            "at most 10 per page per second", maxPerPage <= 10, note);
        context.Add(Scenario, "render batches per second per page (mean)", meanPerPage, "batches/s", "changes per second sent", achievedRate);
        context.Add(Scenario, "render batches per burst (mean)", windows.Select(w => w.MeanPerBurst).DefaultIfEmpty(0).Average(), "batches", "batches per server flush by design", 1,
            note: $"a burst is batches less than {BatchWindows.BurstGapMs} ms apart (one flush and what it sets off); max {windows.Select(w => w.MaxPerBurst).DefaultIfEmpty(0).Max()}");
        context.Add(Scenario, "rows differing from the emulator after the flood", mismatches, "rows", "rows shown", shownRows,
            "0 (nothing lost)", mismatches == 0);
        context.Add(Scenario, "time until every page equals the emulator", converged, "ms", "live page pacing interval", Dashboard.Web.Model.LiveSubscription.PageInterval.TotalMilliseconds);
        context.Add(Scenario, "RSS at end of flood", atEnd.RssMiB, "MiB", "RSS plateau before the flood", plateau.RssMiB);
        context.Add(Scenario, $"RSS {context.Size(3, 30)} s after the flood", after.RssMiB, "MiB", "RSS plateau before the flood", plateau.RssMiB,
            "back to plateau (within 10%)", after.RssMiB <= plateau.RssMiB * 1.1);
        context.Add(Scenario, $"managed heap after the last GC, {context.Size(3, 30)} s after the flood", after.HeapAfterGcMiB, "MiB", "managed heap after the last GC before the flood", plateau.HeapAfterGcMiB,
            note: "as the process runs: the last GC may have been a gen0/gen1 one, so garbage in gen2 is counted until a full GC runs");
        context.Add(Scenario, $"live managed heap {context.Size(3, 30)} s after the flood (after a forced full GC)", afterLive.HeapAfterForcedGcMiB, "MiB",
            "live managed heap before the flood (after a forced full GC)", plateauLive.HeapAfterForcedGcMiB,
            "back to plateau (within 10%)", afterLive.HeapAfterForcedGcMiB <= plateauLive.HeapAfterForcedGcMiB * 1.1,
            "the bench asks the app's startup hook for a full blocking compacting GC before each reading, so only reachable objects count");
        context.Add(Scenario, $"RSS {context.Size(3, 30)} s after the flood, after a forced full GC", afterLive.RssMiB, "MiB",
            "RSS before the flood, after a forced full GC", plateauLive.RssMiB, note: afterLive.Map?.ToString());
        await browser.CloseAllAsync();
    }
}
