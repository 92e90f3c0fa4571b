using System.Text.Json.Nodes;
using Dashboard.Testing;
using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// Issue 6's flood goal end to end: under 200 status changes per second an open Apps page receives at most 10 render
/// batches in any second, counted where the browser receives them, and ends on the latest state. The bound holds by
/// design (the next batch waits for the browser's acknowledgement of the previous render and 125 ms: at most 9 in any
/// second), not because the machine happens to be fast: a slower machine only means fewer batches.
/// </summary>
public sealed class FloodPacingTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();
    private Uri _baseAddress = null!;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task StatusFlood_AppsPageOpen_AtMostTenBatchesInAnySecondAndLatestStateShown()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Desktop });
        await context.AddInitScriptAsync(RenderBatchArrivals.Script);
        var kubernetes = _app.Services.GetRequiredService<SandboxHostedService>().World.Kubernetes;
        var type = kubernetes.Registry.FindByKind("argoproj.io/v1alpha1", "Application")!;
        var apps = kubernetes.Store.List(type)
            .Select(a => (Namespace: a["metadata"]!["namespace"]!.GetValue<string>(), Name: a["metadata"]!["name"]!.GetValue<string>()))
            .ToList();
        Assert.NotEmpty(apps);
        const int Changes = 600;
        var target = apps[(Changes - 1) % apps.Count].Name; // the app changed last, which the page shows

        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_baseAddress, $"apps?q={target}").ToString());
        await page.WaitForBlazorAsync();
        // Loading the page sends its own burst (about ten batches within ~100 ms: the first render, then first-render
        // follow-ups of the framework and MudBlazor: page title, system dark mode, each select's popover, the
        // virtualized list measuring itself). The goal is about a page that is open, so wait until they stopped.
        await page.WaitForFunctionAsync("() => window.__renderBatches.length > 0 && performance.timeOrigin + performance.now() - window.__renderBatches[window.__renderBatches.length - 1] > 500",
            null, new PageWaitForFunctionOptions { Timeout = 15_000, PollingInterval = 100 });

        // 3 s at 200 changes per second: 20 every 100 ms, round robin over the apps.
        var start = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now()");
        var sequence = 0;
        for (var tick = 0; tick < Changes / 20; tick++)
        {
            for (var i = 0; i < 20; i++)
            {
                var (ns, name) = apps[sequence % apps.Count];
                var health = new JsonObject { ["status"] = "Healthy", ["message"] = $"flood-{sequence++}" };
                kubernetes.Store.Patch(type, ns, name, new JsonObject { ["status"] = new JsonObject { ["health"] = health } });
            }

            await Task.Delay(100, cancellationToken);
        }

        var end = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now()");
        var lastRow = page.Locator($"[data-testid=app-row][data-app={target}] .cell-message");
        await Assertions.Expect(lastRow).ToHaveTextAsync($"flood-{sequence - 1}", new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });

        var arrivals = (await page.EvaluateAsync<double[]>(RenderBatchArrivals.Read)).Where(t => t >= start && t < end).Order().ToArray();
        var most = RenderBatchArrivals.MaxInAnySecond(arrivals);

        Assert.True(arrivals.Length > 0, "no render batch reached the page during the flood");
        Assert.True(most <= 10, $"{most} render batches within one second ({arrivals.Length} in {(end - start) / 1000:0.0} s, at ms " +
            string.Join(" ", arrivals.Select(a => (a - start).ToString("0"))) + ")");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
