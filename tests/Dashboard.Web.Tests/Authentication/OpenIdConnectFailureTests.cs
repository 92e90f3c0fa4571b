using System.Net;
using System.Net.Sockets;
using Dashboard.Testing.Web;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>Mode OpenIdConnect when things go wrong: the provider is down, a callback cannot be completed.</summary>
public sealed class OpenIdConnectFailureTests : IAsyncLifetime
{
    private DashboardAppFactory _app = null!;
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        // A port nothing listens on: the provider is down.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _app = new DashboardAppFactory(new Dictionary<string, string?>
        {
            ["Dashboard:Auth:Mode"] = "OpenIdConnect",
            ["Dashboard:Auth:OpenIdConnect:Authority"] = $"http://127.0.0.1:{port}",
            ["Dashboard:Auth:OpenIdConnect:ClientId"] = "dashboard",
            ["Dashboard:Auth:OpenIdConnect:RequireHttpsMetadata"] = "false",
        });
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.Start() };
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Page_ProviderUnreachable_Returns503PageNamingTheKey()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Dashboard:Auth:OpenIdConnect:Authority", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_WithoutStateOrCorrelationCookie_LeadsToSignInFailedPage()
    {
        using var response = await _client.PostAsync("/signin-oidc", new FormUrlEncodedContent([new("code", "forged"), new("state", "forged")]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/auth/failed", response.Headers.Location!.OriginalString);
        var page = await _client.GetAsync("/auth/failed", TestContext.Current.CancellationToken);
        Assert.Contains("sign-in-failed", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
