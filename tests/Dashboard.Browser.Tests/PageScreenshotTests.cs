using Dashboard.Testing.Web;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>Every page of the sandbox at phone and desktop width: it renders live data, fits the width,
/// the Content-Security-Policy blocks nothing it needs, and it is saved for a look.</summary>
public sealed class PageScreenshotTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();
    private Uri _baseAddress = null!;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    public static TheoryData<string, string, string> Pages => new()
    {
        { "overview", "", "[data-testid=verdict]" },
        { "apps", "apps", "[data-testid=app-row]" },
        { "app-detail", "apps/sandbox/application/argocd/nextcloud", "[data-testid=app-status]" },
        // Wait for what arrives last: the TLS secrets (read after the Certificates) and the RecurringJobs.
        { "certificates", "certificates", "[data-testid=secret-chip]" },
        { "volumes", "volumes", "[data-testid=backup-schedule]:has-text(\"job backup-daily\")" },
        { "activity", "activity", "[data-testid=activity-filter]" },
        { "commits", "commits", "[data-testid=commit-row]" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_PhoneAndDesktop_RendersLiveDataWithoutHorizontalScroll(string name, string path, string selector)
    {
        foreach (var (viewport, size) in Viewports.Both)
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = size,
                IsMobile = viewport == "phone",
                HasTouch = viewport == "phone",
            });
            var page = await context.NewPageAsync();
            var console = new ConsoleWatch(page);

            await page.GotoAsync(new Uri(_baseAddress, path).ToString());
            await page.WaitForBlazorAsync();
            await Assertions.Expect(page.Locator(selector).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 15_000 });
            await Assertions.Expect(page.GetByTestId("freshness")).ToHaveAttributeAsync("data-level", new System.Text.RegularExpressions.Regex("live|partial"));

            Assert.Equal(0, await page.HorizontalOverflowAsync());
            await Screenshots.SaveAsync(page, $"{name}-{viewport}");
            Assert.Empty(console.CspViolations);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
