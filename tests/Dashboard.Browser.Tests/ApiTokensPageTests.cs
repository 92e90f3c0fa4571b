using System.Net;
using System.Net.Http.Headers;
using Dashboard.Testing.Web;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>Settings › API tokens in the sandbox (mode None: the local user is Admin): create, use, revoke.</summary>
public sealed class ApiTokensPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();
    private Uri _baseAddress = null!;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task CreateUseRevoke_TokenShownOnceWorksThenIsRefused()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Desktop });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_baseAddress, "settings/tokens").ToString());
        await page.WaitForBlazorAsync();
        await Assertions.Expect(page.GetByTestId("token-form")).ToHaveAttributeAsync("data-interactive", "true");

        await page.Locator("input[data-testid=token-name], [data-testid=token-name] input").FillAsync("start page");
        await page.GetByTestId("token-create").ClickAsync();
        var secretLocator = page.GetByTestId("token-secret");
        await Assertions.Expect(secretLocator).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^dbt_[A-Za-z0-9_-]{43}$"));
        var secret = (await secretLocator.TextContentAsync())!;
        var row = page.Locator("[data-testid=token-row][data-token='start page']");
        await Assertions.Expect(row.GetByTestId("token-state")).ToContainTextAsync("active");
        Assert.Equal(HttpStatusCode.OK, await StatusWithTokenAsync(secret));
        await Screenshots.SaveAsync(page, "api-tokens-desktop");

        await row.GetByTestId("token-revoke").ClickAsync();

        await Assertions.Expect(row.GetByTestId("token-state")).ToContainTextAsync("revoked");
        await Assertions.Expect(secretLocator).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithTokenAsync(secret));
    }

    [Fact]
    public async Task Page_Phone_FitsTheWidth()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Phone, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_baseAddress, "settings/tokens").ToString());
        await page.WaitForBlazorAsync();
        await Assertions.Expect(page.GetByTestId("token-form")).ToHaveAttributeAsync("data-interactive", "true");
        await page.Locator("input[data-testid=token-name], [data-testid=token-name] input").FillAsync("phone widget");
        await page.GetByTestId("token-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("token-secret")).ToBeVisibleAsync();

        Assert.Equal(0, await page.HorizontalOverflowAsync());
        await Screenshots.SaveAsync(page, "api-tokens-phone");
    }

    private async Task<HttpStatusCode> StatusWithTokenAsync(string secret)
    {
        using var client = new HttpClient { BaseAddress = _baseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
