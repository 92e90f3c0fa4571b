using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>A change made with the real kubectl reaches an open page through the watch, without a reload.</summary>
public sealed class LiveUpdateTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();
    private Uri _baseAddress = null!;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task KubectlPatch_AppsPageOpen_RowUpdatesWithoutReload()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Desktop });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_baseAddress, "apps?q=home-assistant").ToString());
        await page.WaitForBlazorAsync();
        var row = page.Locator("[data-testid=app-row][data-app=home-assistant]");
        await Assertions.Expect(row).ToContainTextAsync("Healthy");
        await page.EvaluateAsync("() => window.__marker = 'same page'");

        // Missing is a health the sandbox's own simulator never sets, so the change is ours.
        await KubectlAsync("patch", "application", "home-assistant", "-n", "argocd", "--type=merge",
            "-p", """{"status":{"health":{"status":"Missing"}}}""");

        await Assertions.Expect(row).ToContainTextAsync("Missing", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        Assert.Equal("same page", await page.EvaluateAsync<string>("() => window.__marker"));
    }

    private Task KubectlAsync(params string[] args) =>
        Kubectl.RunAsync(_app.Services.GetRequiredService<SandboxHostedService>().World.KubeconfigPath, args);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
