using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// A phone that slept: its websocket is gone, the server has dropped the circuit meanwhile, and the app changed.
/// When the phone is back the page must show current data by itself (resumed circuit or reload), not a dead dialog.
/// </summary>
public sealed class ReconnectTests(BrowserFixture browser) : IAsyncLifetime
{
    // Tests only: the server forgets a disconnected circuit after 2 s instead of 3 minutes.
    private readonly DashboardAppFactory _app = new(configureServices: services =>
        services.Configure<CircuitOptions>(o => o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(2)));

    private Uri _baseAddress = null!;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Sleep_CircuitDroppedAndAppChanged_PageShowsNewValueAfterWaking()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Phone, IsMobile = true });
        var page = await context.NewPageAsync();
        var asleep = false;
        var sockets = new List<IWebSocketRoute>();
        // Every Blazor websocket goes through this route, so the test can cut it like a sleeping phone's radio.
        await page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/_blazor"), socket =>
        {
            if (asleep)
            {
                _ = socket.CloseAsync();
                return;
            }

            socket.ConnectToServer();
            lock (sockets)
            {
                sockets.Add(socket);
            }
        });
        await page.GotoAsync(new Uri(_baseAddress, "apps?q=home-assistant").ToString());
        await page.WaitForBlazorAsync();
        var row = page.Locator("[data-testid=app-row][data-app=home-assistant]");
        await Assertions.Expect(row).ToContainTextAsync("Healthy");

        asleep = true;
        await context.SetOfflineAsync(true);
        foreach (var socket in sockets.ToList())
        {
            await socket.CloseAsync();
        }

        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 10_000 });
        await Kubectl.RunAsync(_app.Services.GetRequiredService<SandboxHostedService>().World.KubeconfigPath,
            "patch", "application", "home-assistant", "-n", "argocd", "--type=merge", "-p", """{"status":{"health":{"status":"Missing"}}}""");
        // Longer than the retention period, so the server has dropped the circuit by the time the phone wakes.
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);

        asleep = false;
        await context.SetOfflineAsync(false);
        await page.EvaluateAsync("() => { document.dispatchEvent(new Event('visibilitychange')); window.dispatchEvent(new Event('online')); }");

        await Assertions.Expect(page.Locator("[data-testid=app-row][data-app=home-assistant]"))
            .ToContainTextAsync("Missing", new LocatorAssertionsToContainTextOptions { Timeout = 45_000 });
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = 10_000 });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
