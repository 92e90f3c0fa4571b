using Dashboard.Testing;
using Microsoft.Playwright;

namespace Dashboard.Bench.Harness;

/// <summary>Headless system Chromium (never a downloaded one) with the bench's page observer in every page.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<BrowserSession> StartAsync()
    {
        var executable = Environment.GetEnvironmentVariable("DASHBOARD_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}; ./test.sh installs it (apt package chromium), or set DASHBOARD_CHROMIUM.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Background pages must not be throttled: each one stands for a user looking at it.
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>Opens <paramref name="count"/> pages at <paramref name="url"/>, each in its own context (its own circuit), and waits until each is interactive.</summary>
    public async Task<List<BenchPage>> OpenAsync(Uri url, int count, int viewportHeight = 900, Func<IPage, Task>? ready = null)
    {
        var pages = new List<BenchPage>();
        for (var i = 0; i < count; i++)
        {
            pages.Add(await OpenOneAsync(url, viewportHeight, ready));
        }

        return pages;
    }

    public async Task<BenchPage> OpenOneAsync(Uri url, int viewportHeight = 900, Func<IPage, Task>? ready = null)
    {
        var context = await NewContextAsync(viewportHeight);
        var page = new BenchPage(await context.NewPageAsync());
        await page.Page.GotoAsync(url.ToString(), new PageGotoOptions { Timeout = 60_000 });
        await WaitInteractiveAsync(page);
        if (ready is not null)
        {
            await ready(page.Page);
        }

        return page;
    }

    /// <summary>A fresh browser context (its own circuit) with the page observer installed; closed by <see cref="CloseAllAsync"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(int viewportHeight = 900)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = viewportHeight } });
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        await context.AddInitScriptAsync(PageObserver.Script);
        await context.AddInitScriptAsync(RenderBatchArrivals.Script);
        return context;
    }

    public static async Task WaitInteractiveAsync(BenchPage page)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (page.FirstBatchAt is null && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        if (page.FirstBatchAt is null)
        {
            throw new TimeoutException($"{page.Page.Url}: no Blazor render batch within 60 s (the circuit did not start).");
        }
    }

    /// <summary>Browser clock minus bench clock, in ms, and the round trip it was read within.</summary>
    public static async Task<(double OffsetMs, double RoundTripMs)> ClockOffsetAsync(IPage page)
    {
        var best = (Offset: double.NaN, RoundTrip: double.MaxValue);
        for (var i = 0; i < 5; i++)
        {
            var before = Clock.NowMs();
            var browser = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now()");
            var after = Clock.NowMs();
            if (after - before < best.RoundTrip)
            {
                best = (browser - (before + after) / 2, after - before);
            }
        }

        return best;
    }

    public async Task CloseAllAsync()
    {
        List<IBrowserContext> contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
            _contexts.Clear();
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAllAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
