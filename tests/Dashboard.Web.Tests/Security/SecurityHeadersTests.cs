using System.Net;
using Dashboard.Testing.Web;
using Dashboard.Web.Configuration;
using Dashboard.Web.Security;

namespace Dashboard.Web.Tests.Security;

/// <summary>The headers on real responses of the running app (pages, static files, JSON, 404s), and HSTS only over https.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    // Loopback is a trusted proxy here, so a request can say it arrived over https (as cloudflared does).
    private readonly DashboardAppFactory _app = new(new Dictionary<string, string?>
    {
        ["Dashboard:Auth:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
    });

    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = new HttpClient { BaseAddress = _app.Start() };
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/status")]
    [InlineData("/css/app.css")]
    [InlineData("/api/status")]
    [InlineData("/no-such-page")]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain http");
    }

    [Fact]
    public async Task Get_HttpsBehindTrustedProxy_SendsHsts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/status");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "dashboard.example.com");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HttpsClaimFromUntrustedPeer_NoHsts()
    {
        await using var app = new DashboardAppFactory();
        using var client = new HttpClient { BaseAddress = app.Start() };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/status");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "dashboard.example.com");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void PolicyFor_OpenIdConnect_FormsMayLeadToTheProviderOnly()
    {
        var csp = SecurityHeaders.PolicyFor(new AuthOptions
        {
            Mode = AuthMode.OpenIdConnect,
            OpenIdConnect = new OpenIdConnectSettings { Authority = "https://id.example.com/realms/home" },
        });

        Assert.Contains("form-action 'self' https://id.example.com;", csp + ";", StringComparison.Ordinal);
        Assert.Contains("form-action 'self';", SecurityHeaders.PolicyFor(new AuthOptions()) + ";", StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode})");

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
