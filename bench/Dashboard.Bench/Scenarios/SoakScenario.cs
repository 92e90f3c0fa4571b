using Dashboard.Bench.Harness;

namespace Dashboard.Bench.Scenarios;

/// <summary>Scenario 6: steady changes with 10 open pages; RSS, managed heap and handles must stay flat.</summary>
public sealed class SoakScenario : IScenario
{
    private const string Scenario = "6 soak";

    public string Name => "soak";

    public async Task RunAsync(BenchContext context)
    {
        var ct = context.CancellationToken;
        await using var world = await BenchWorld.StartAsync(context.Size(100, 1000), context.Size(10, 500), context.Size(10, 200), plainMessages: true, ct);
        await using var app = await context.StartAppAsync(world);
        await using var browser = await BrowserSession.StartAsync();
        var pageCount = context.Size(2, 10);
        for (var k = 0; k < pageCount; k++)
        {
            var page = await browser.OpenOneAsync(new Uri(app.Address, $"apps?q=-g00{k}"));
            await page.Page.EvaluateAsync("() => window.__bench.scan = false");
        }

        var duration = TimeSpan.FromMinutes(context.Options.SoakMinutes);
        var sampleEvery = TimeSpan.FromSeconds(context.Size(2, 30));
        var samples = new List<(double Minutes, ProcessProbe Probe)>();
        var random = new Random(30);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var nextSample = TimeSpan.Zero;
        var warmUp = duration / 5;
        ProcessProbe? liveAfterWarmUp = null;
        var changes = 0;
        while (clock.Elapsed < duration)
        {
            // 5 changes per second, spread over every generated app.
            var (ns, name) = world.GeneratedApps[random.Next(world.GeneratedApps.Count)];
            world.SetHealth(ns, name, changes % 3 == 0 ? "Progressing" : "Healthy", $"s-{changes++}");
            if (liveAfterWarmUp is null && clock.Elapsed >= warmUp)
            {
                liveAfterWarmUp = await app.ProbeAfterFullGcAsync(ct);
            }

            if (clock.Elapsed >= nextSample)
            {
                samples.Add((clock.Elapsed.TotalMinutes, app.Probe()));
                nextSample += sampleEvery;
            }

            await Task.Delay(200, ct);
        }

        samples.Add((clock.Elapsed.TotalMinutes, app.Probe()));
        var liveAtEnd = await app.ProbeAfterFullGcAsync(ct);

        // The first fifth is warm-up (JIT, caches, first GCs); flatness is judged on the rest.
        var steady = samples.Where(s => s.Minutes >= duration.TotalMinutes / 5).ToList();
        var first = steady[0].Probe;
        var last = steady[^1].Probe;
        var minutes = $"{clock.Elapsed.TotalMinutes:0.0} min, {changes} changes, {pageCount} pages, {samples.Count} samples";
        context.Add(Scenario, "RSS at end", last.RssMiB, "MiB", "RSS after warm-up", first.RssMiB, "flat (within 10%)", last.RssMiB <= first.RssMiB * 1.1, minutes);
        context.Add(Scenario, "RSS slope after warm-up", Slope(steady, p => p.RssMiB) * 60, "MiB/h", "RSS after warm-up", first.RssMiB);
        context.Add(Scenario, "managed heap after the last GC, at end", last.HeapAfterGcMiB, "MiB", "managed heap after the last GC, after warm-up", first.HeapAfterGcMiB,
            note: "as the process runs: includes garbage that only the next full GC collects");
        liveAfterWarmUp ??= liveAtEnd;
        context.Add(Scenario, "live managed heap at end (after a forced full GC)", liveAtEnd.HeapAfterForcedGcMiB, "MiB",
            "live managed heap after warm-up (after a forced full GC)", liveAfterWarmUp.HeapAfterForcedGcMiB,
            "flat (within 10%)", liveAtEnd.HeapAfterForcedGcMiB <= liveAfterWarmUp.HeapAfterForcedGcMiB * 1.1,
            "the bench asks the app's startup hook for a full blocking compacting GC before each of the two readings");
        context.Add(Scenario, "RSS at end, after a forced full GC", liveAtEnd.RssMiB, "MiB", "RSS after warm-up, after a forced full GC", liveAfterWarmUp.RssMiB,
            note: liveAtEnd.Map?.ToString());
        context.Add(Scenario, "open handles (fds) at end", last.Handles, "fds", "handles after warm-up", first.Handles, "flat (within 5%)", last.Handles <= first.Handles * 1.05);
        context.Add(Scenario, "threads at end", last.Threads, "threads", "threads after warm-up", first.Threads);
        if (duration < TimeSpan.FromMinutes(30))
        {
            context.Report.Gap(Scenario, "30-minute soak", $"this run soaked {duration.TotalMinutes:0.#} min (--soak-minutes); the goal asks for 30");
        }

        await browser.CloseAllAsync();
    }

    /// <summary>Least-squares slope per minute.</summary>
    private static double Slope(List<(double Minutes, ProcessProbe Probe)> samples, Func<ProcessProbe, double> value)
    {
        if (samples.Count < 2)
        {
            return double.NaN;
        }

        var meanX = samples.Average(s => s.Minutes);
        var meanY = samples.Average(s => value(s.Probe));
        var numerator = samples.Sum(s => (s.Minutes - meanX) * (value(s.Probe) - meanY));
        var denominator = samples.Sum(s => (s.Minutes - meanX) * (s.Minutes - meanX));
        return denominator == 0 ? double.NaN : numerator / denominator;
    }
}
