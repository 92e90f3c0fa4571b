using System.Text.RegularExpressions;
using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// Issue 5's promise in a real browser: open an app, roll it back through preview and confirmation,
/// and watch the (simulated) controller sync to the new commit.
/// </summary>
public sealed class RollbackTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();
    private Uri _baseAddress = null!;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Rollback_FromAppPage_PreviewConfirmAndControllerSyncs(string viewport)
    {
        var world = _app.Services.GetRequiredService<SandboxHostedService>().World;
        var headBefore = world.GitRepository.HeadOf();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport == "phone" ? Viewports.Phone : Viewports.Desktop,
            IsMobile = viewport == "phone",
            HasTouch = viewport == "phone",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_baseAddress, "apps/sandbox/application/argocd/whoami").ToString());
        await page.WaitForBlazorAsync();

        // Each sync-history step shows what it changed in the app's path.
        await page.GetByTestId("history-diff-button").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("app-history").GetByTestId("diff")).ToContainTextAsync("traefik/whoami", new() { Timeout = 15_000 });

        await page.GetByTestId("rollback-revision").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.GetByTestId("rollback-preview").ClickAsync();

        var preview = page.GetByTestId("action-preview");
        await Assertions.Expect(preview.GetByTestId("confirm-text")).ToContainTextAsync("homelab/fleet-infra, branch main, for whoami", new() { Timeout = 15_000 });
        await Assertions.Expect(preview.GetByTestId("diff")).ToContainTextAsync("argocd/whoami");
        await Assertions.Expect(preview).ToContainTextAsync("rollback(whoami)");
        Assert.Equal(headBefore, world.GitRepository.HeadOf());
        await Screenshots.SaveAsync(page, $"rollback-preview-{viewport}");

        await page.GetByTestId("action-confirm").ClickAsync();

        var progress = page.GetByTestId("action-progress");
        await Assertions.Expect(progress).ToContainTextAsync(new Regex("Committed|Argo CD runs"), new() { Timeout = 15_000 });
        var sha = world.GitRepository.HeadOf()!;
        Assert.NotEqual(headBefore, sha);
        await Assertions.Expect(progress).ToContainTextAsync($"Argo CD runs {sha[..7]}: Healthy", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("deployed-revision")).ToHaveTextAsync(sha);
        await Screenshots.SaveAsync(page, $"rollback-synced-{viewport}");

        // The action is in the Activity timeline, with its commit.
        await page.GotoAsync(new Uri(_baseAddress, "activity").ToString());
        await page.WaitForBlazorAsync();
        var row = page.GetByTestId("activity-row").Filter(new() { HasText = "whoami" }).Filter(new() { HasText = sha[..7] });
        await Assertions.Expect(row.First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Equal(0, await page.HorizontalOverflowAsync());
        await Screenshots.SaveAsync(page, $"activity-{viewport}");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
