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

    [Theory]
    [InlineData("GET", "/auth/me", "application/json")]
    [InlineData("POST", "/_blazor/negotiate?negotiateVersion=1", "*/*")]
    [InlineData("GET", "/api/status", "application/json")]
    public async Task Request_NotAPageWithoutSession_Gets401NotARedirect(string method, string path, string accept)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = oidc.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Page_WithoutSession_RedirectsToProviderWithPushedRequest()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = oidc.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/certificates");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        // The provider offers pushed authorization requests, so the parameters (PKCE challenge, redirect_uri) went
        // server to server and the browser only carries a request_uri. The provider requires PKCE: logins succeeding prove it was sent.
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(oidc.Provider.Issuer + "/auth?", location, StringComparison.Ordinal);
        Assert.Contains("request_uri=", location, StringComparison.Ordinal);
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
