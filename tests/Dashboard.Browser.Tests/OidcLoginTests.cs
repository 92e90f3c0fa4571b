using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>The whole OpenID Connect login in headless Chromium against a real provider (npm oidc-provider).</summary>
public sealed class OidcLoginTests(BrowserFixture browser, OidcLoginFixture oidc) : IClassFixture<OidcLoginFixture>
{
    [Theory]
    [InlineData("olivia", "Olivia Operator", "Operator", "Viewer,Operator", "phone")]
    [InlineData("victor", "Victor Viewer", "Viewer", "Viewer", "desktop")]
    public async Task Login_ThroughProvider_ShowsNameAndRoleThenLogsOut(string login, string name, string role, string roles, string viewport)
    {
        var phone = viewport == "phone";
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = phone ? Viewports.Phone : Viewports.Desktop,
            IsMobile = phone,
            HasTouch = phone,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(oidc.BaseAddress.ToString());
        await SignInAtProviderAsync(page, login);

        await Assertions.Expect(page).ToHaveURLAsync(oidc.BaseAddress.ToString());
        await page.WaitForBlazorAsync();
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync(role);
        // On a phone the name gives way to the role (it stays in the chip's title); on a desktop both show.
        await Assertions.Expect(page.GetByTestId("user-chip")).ToHaveAttributeAsync("title", name);
        await Assertions.Expect(page.GetByTestId("user-name")).ToBeVisibleAsync(new() { Visible = !phone });
        await Assertions.Expect(page.GetByTestId("logout")).ToBeInViewportAsync();
        Assert.Equal(0, await page.HorizontalOverflowAsync());
        Assert.Equal(roles, await RolesAsync(context, oidc.BaseAddress));
        Assert.Contains(new Uri(oidc.BaseAddress, "signin-oidc").ToString(), await oidc.Provider.RedirectUrisSeenAsync(TestContext.Current.CancellationToken));
        await Screenshots.SaveAsync(page, $"login-{login}-{viewport}");

        // RP-initiated logout: the provider asks to confirm, then sends the browser back to the dashboard.
        await page.GetByTestId("logout").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-out")).ToBeVisibleAsync();

        // Signed out at the provider too: opening the dashboard asks for a login again.
        await page.GotoAsync(oidc.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("input[name=login]")).ToBeVisibleAsync();
        Assert.StartsWith(oidc.Provider.Issuer, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_BehindForwardingProxy_RedirectUriIsHttpsPublicHostAndLoginCompletes()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Desktop });
        // The browser sees https://dashboard.test; every request to it goes through the proxy, like Cloudflare Tunnel.
        await context.RouteAsync($"https://{OidcLoginFixture.PublicHost}/**", async route =>
        {
            var path = new Uri(route.Request.Url).PathAndQuery;
            var response = await route.FetchAsync(new RouteFetchOptions { Url = new Uri(oidc.Proxy.Address, path).ToString(), MaxRedirects = 0 });
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
        var page = await context.NewPageAsync();
        var publicUrl = $"https://{OidcLoginFixture.PublicHost}/";

        await page.GotoAsync(publicUrl);
        await SignInAtProviderAsync(page, "olivia");

        var redirectUris = await oidc.Provider.RedirectUrisSeenAsync(TestContext.Current.CancellationToken);
        Assert.Equal($"https://{OidcLoginFixture.PublicHost}/signin-oidc", redirectUris[^1]);
        await Assertions.Expect(page).ToHaveURLAsync(publicUrl);
        // The prerendered page already knows the user: the correlation and nonce cookies survived the round trip.
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Olivia Operator");
    }

    private async Task SignInAtProviderAsync(IPage page, string login)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(oidc.Provider.Issuer) + "/interaction/"));
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    private static async Task<string> RolesAsync(IBrowserContext context, Uri baseAddress)
    {
        var response = await context.APIRequest.GetAsync(new Uri(baseAddress, "auth/me").ToString());
        Assert.Equal(200, response.Status);
        var me = JsonDocument.Parse(await response.TextAsync()).RootElement;
        return string.Join(",", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
