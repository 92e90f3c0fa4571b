using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Dashboard.Core.Tokens;
using Dashboard.Testing.Web;

namespace Dashboard.Web.Tests.ExternalClients;

/// <summary>
/// Mode OpenIdConnect with the provider down: a token request never involves the provider (no redirect, no
/// metadata fetch), so it works, and a bad token is a plain 401 Bearer challenge.
/// </summary>
public sealed class ApiTokenOpenIdConnectTests : IAsyncLifetime
{
    private DashboardAppFactory _app = null!;
    private HttpClient _client = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
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
    public async Task Status_ViewerToken_Returns200WithoutTheProvider()
    {
        var created = await _app.Services.GetRequiredService<ApiTokenService>()
            .CreateAsync("start page", ApiTokenRole.Viewer, null, "admin", creatorCanOperate: true, Token);

        using var response = await GetStatusAsync(created.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Status_UnknownToken_Returns401BearerChallengeNotARedirect()
    {
        using var response = await GetStatusAsync("dbt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Status_NoCredentials_IsNotServed()
    {
        using var response = await GetStatusAsync(null);

        // 401, or 503 when the challenge needs the (down) provider's metadata first: never the document.
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.ServiceUnavailable, response.StatusCode.ToString());
    }

    private Task<HttpResponseMessage> GetStatusAsync(string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        if (secret is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return _client.SendAsync(request, Token);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
