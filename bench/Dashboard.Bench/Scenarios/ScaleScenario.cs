using Dashboard.Bench.Harness;
using Microsoft.Playwright;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 3: 100, 1,000 and 5,000 apps (with 500 certificates and 200 volumes): start to first complete Apps page,
/// time to interactive and to filter, RSS and managed heap with 0/1/10/50 pages; then the GC settings.
/// </summary>
public sealed class ScaleScenario : IScenario
{
    private const string Scenario = "3 scale";
    private const string FilterText = "-g0005";
    private const int FreshPagePairs = 5;

    public string Name => "scale";

    public async Task RunAsync(BenchContext context)
    {
        var sizes = context.Options.ScaleSizes?.ToArray() ?? context.Size(new[] { 50 }, [100, 1000, 5000]);
        ScaleRun? smallest = null;
        foreach (var apps in sizes)
        {
            var run = await MeasureAsync(context, apps, context.Size(10, 500), context.Size(10, 200), Pages(context), null);
            smallest ??= run;
            var label = $"{apps} apps";
            context.Add(Scenario, $"start to first complete Apps page ({label})", run.StartToCompleteMs, "ms", $"same at {sizes[0]} apps", smallest.StartToCompleteMs);
            context.Add(Scenario, $"Apps page interactive, fresh page ({label})", run.InteractiveMs, "ms", "empty Apps page (filter matching nothing), same app", run.EmptyInteractiveMs,
                apps == 5000 ? "interactive in under 1 s at 5,000 apps" : null, apps == 5000 ? run.InteractiveMs < 1000 : null,
                $"navigation start to first render batch with the complete count (all rows counted, virtualized list); median of {context.Size(1, FreshPagePairs)} fresh pages, each right after an empty one");
            AddWeight(context, label, run);
            context.Add(Scenario, $"filter to 10 rows ({label})", run.FilterMs, "ms", $"same at {sizes[0]} apps", smallest.FilterMs,
                note: "typing into the search box until the count shows the result; includes the box's 150 ms debounce");
            context.Add(Scenario, $"RSS after start, 0 pages ({label})", run.Memory[0].RssMiB, "MiB", $"same at {sizes[0]} apps", smallest.Memory[0].RssMiB);
            context.Add(Scenario, $"managed heap after start, 0 pages ({label})", run.Memory[0].HeapAfterGcMiB, "MiB", $"same at {sizes[0]} apps", smallest.Memory[0].HeapAfterGcMiB);
            foreach (var (pages, probe) in run.Memory.Where(m => m.Key > 0))
            {
                context.Add(Scenario, $"RSS with {pages} pages ({label})", probe.RssMiB, "MiB", "RSS with 0 pages", run.Memory[0].RssMiB,
                    apps == 1000 && pages == 3 ? "under 150 MiB at 1,000 apps with 3 pages" : null, apps == 1000 && pages == 3 ? probe.RssMiB < 150 : null);
                context.Add(Scenario, $"managed heap with {pages} pages ({label})", probe.HeapAfterGcMiB, "MiB", "managed heap with 0 pages", run.Memory[0].HeapAfterGcMiB);
                context.Add(Scenario, $"live managed heap after a forced full GC, {pages} pages ({label})", run.Live[pages].HeapAfterForcedGcMiB, "MiB",
                    "same with 0 pages", run.Live[0].HeapAfterForcedGcMiB, note: pages == 1 ? "the bench asks the app's startup hook for a full blocking compacting GC, then reads the heap" : null);
            }

            var most = run.Memory.Keys.Max();
            var perPage = (run.Memory[most].RssMiB - run.Memory[1].RssMiB) / (most - 1);
            context.Add(Scenario, $"RSS per extra open page ({label})", perPage, "MiB/page", "RSS with 1 page", run.Memory[1].RssMiB,
                "under 1 MiB per extra page", perPage < 1, $"(RSS at {most} pages - RSS at 1 page) / {most - 1}");
            var livePerPage = (run.Live[most].HeapAfterForcedGcMiB - run.Live[1].HeapAfterForcedGcMiB) / (most - 1);
            context.Add(Scenario, $"live managed heap per extra open page ({label})", livePerPage, "MiB/page", "live managed heap with 1 page", run.Live[1].HeapAfterForcedGcMiB,
                note: $"(live heap at {most} pages - at 1 page) / {most - 1}, each after a forced full GC");
        }

        if (context.Short || context.Options.GcVariants is { Count: 0 })
        {
            // The GC loop is MeasureAsync again with environment variables; two more app starts would double the short mode.
            context.Report.Gap(GcSettingsMeasurement.Scenario, "every setting",
                context.Short ? "skipped in the short mode (same code path as the sizes above)" : "skipped by --gc-variants none");
            return;
        }

        await new GcSettingsMeasurement(context).RunAsync();
    }

    /// <summary>Open pages at which memory is read; a --scale-sizes run is a quick look at the page, so 1 and 3 only.</summary>
    private static int[] Pages(BenchContext context) =>
        context.Short || context.Options.ScaleSizes is not null ? [1, 3] : [1, 3, 10, 50];

    /// <summary>Where the interactive time goes: the prerender and the first batch of the full page against the empty one.</summary>
    private static void AddWeight(BenchContext context, string label, ScaleRun run)
    {
        const string Baseline = "same for the empty Apps page";
        context.Add(Scenario, $"prerender GET /apps, server + transfer ({label})", run.Full.PrerenderMs, "ms", Baseline, run.Empty.PrerenderMs,
            note: $"median of 5 plain GETs after the page was interactive; {run.Full.PrerenderRows:0} rows in the HTML");
        context.Add(Scenario, $"prerendered HTML ({label})", run.Full.PrerenderBytes / 1024, "KiB", Baseline, run.Empty.PrerenderBytes / 1024);
        context.Add(Scenario, $"first render batch ({label})", run.Full.FirstBatchBytes / 1024, "KiB", Baseline, run.Empty.FirstBatchBytes / 1024,
            note: "the circuit's first render, one WebSocket frame");
        context.Add(Scenario, $"DOM elements when interactive ({label})", run.Full.DomElements, "elements", Baseline, run.Empty.DomElements,
            note: $"{run.Full.RowsInDom:0} app rows in the DOM (virtualized list)");
    }

    /// <summary>Starts the app on a world of this size and measures it; <paramref name="environment"/> sets GC variables.</summary>
    public static async Task<ScaleRun> MeasureAsync(BenchContext context, int apps, int certificates, int volumes, int[] pageCounts, IReadOnlyDictionary<string, string>? environment)
    {
        var ct = context.CancellationToken;
        await using var world = await BenchWorld.StartAsync(apps, certificates, volumes, plainMessages: false, ct);
        var expected = world.ExpectedAppCount;
        var filtered = world.ExpectedFilterCount(FilterText);
        await using var browser = await BrowserSession.StartAsync();
        await using var app = await context.StartAppAsync(world, environment);
        var first = await browser.OpenOneAsync(new Uri(app.Address, "apps"));
        await WaitCountAsync(first.Page, $"{expected} of {expected} apps");
        var startToComplete = app.SinceStart.Elapsed.TotalMilliseconds;
        await browser.CloseAllAsync();
        await Task.Delay(3000, ct);
        var memory = new SortedDictionary<int, ProcessProbe> { [0] = app.Probe() };
        var live = new SortedDictionary<int, ProcessProbe> { [0] = await app.ProbeAfterFullGcAsync(ct) };

        // Alternating pairs, median of each: one fresh page is a single sample of a circuit start on a loaded machine.
        var emptyTimes = new List<double>();
        var fullTimes = new List<double>();
        PageWeight? emptyWeight = null, fullWeight = null;
        for (var i = 0; i < context.Size(1, FreshPagePairs); i++)
        {
            (var e, emptyWeight) = await TimeFreshPageAsync(browser, new Uri(app.Address, "apps?q=zz-no-such-app"), $"0 of {expected} apps", ct);
            await browser.CloseAllAsync();
            (var f, fullWeight) = await TimeFreshPageAsync(browser, new Uri(app.Address, "apps"), $"{expected} of {expected} apps", ct);
            await browser.CloseAllAsync();
            emptyTimes.Add(e);
            fullTimes.Add(f);
        }

        var empty = Stats.Median(emptyTimes);
        var interactive = Stats.Median(fullTimes);

        var page = (await browser.OpenAsync(new Uri(app.Address, "apps"), 1))[0];
        await WaitCountAsync(page.Page, $"{expected} of {expected} apps");
        await WaitInteractiveAsync(page, ct);
        var typed = Clock.NowMs();
        await page.Page.Locator("input[data-testid=app-search], [data-testid=app-search] input").First.FillAsync(FilterText);
        await WaitCountAsync(page.Page, $"{filtered} of {expected} apps");
        var filter = await page.CountShownAtAsync($"{filtered} of {expected} apps") - typed;
        await browser.CloseAllAsync();

        var open = 0;
        foreach (var count in pageCounts)
        {
            while (open < count)
            {
                var p = await browser.OpenOneAsync(new Uri(app.Address, "apps"));
                await WaitCountAsync(p.Page, $"{expected} of {expected} apps");
                open++;
            }

            await Task.Delay(2000, ct);
            memory[count] = app.Probe();
            live[count] = await app.ProbeAfterFullGcAsync(ct);
        }

        await browser.CloseAllAsync();
        return new ScaleRun(startToComplete, interactive, empty, filter, memory, live, fullWeight!, emptyWeight!);
    }

    /// <summary>Navigation start (performance.timeOrigin) to the later of the first render batch and the complete count.</summary>
    private static async Task<(double Ms, PageWeight Weight)> TimeFreshPageAsync(BrowserSession browser, Uri url, string countText, CancellationToken ct)
    {
        var page = await browser.OpenOneAsync(url);
        await WaitCountAsync(page.Page, countText);
        var navigationStart = await page.Page.EvaluateAsync<double>("() => performance.timeOrigin");
        var countShown = await page.CountShownAtAsync(countText);
        var ms = Math.Max(page.FirstBatchAt ?? double.NaN, countShown) - navigationStart;
        var dom = await page.Page.EvaluateAsync<int[]>("() => [document.getElementsByTagName('*').length, document.querySelectorAll('[data-testid=app-row]').length]");

        // The same URL as a plain GET: the server's prerender alone (no circuit), timed from outside the process.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var times = new List<double>();
        var html = "";
        for (var i = 0; i < 5; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            html = await http.GetStringAsync(url, ct);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var prerenderRows = (html.Length - html.Replace("data-testid=\"app-row\"", "", StringComparison.Ordinal).Length) / "data-testid=\"app-row\"".Length;
        return (ms, new PageWeight(times[2], System.Text.Encoding.UTF8.GetByteCount(html), prerenderRows, page.FirstBatchBytes ?? double.NaN, dom[0], dom[1]));
    }

    /// <summary>The count is already in the prerendered HTML; typing before the circuit's first batch would be lost.</summary>
    private static async Task WaitInteractiveAsync(BenchPage page, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (page.FirstBatchAt is null && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    private static Task WaitCountAsync(IPage page, string text) =>
        Assertions.Expect(page.Locator("[data-testid=app-count]")).ToHaveTextAsync(text, new LocatorAssertionsToHaveTextOptions { Timeout = 120_000 });
}
