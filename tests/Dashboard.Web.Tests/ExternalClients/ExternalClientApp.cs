using System.Net.Http.Headers;
using Dashboard.Core.Tokens;
using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.ExternalClients;

/// <summary>
/// The real dashboard (sandbox world, SQLite file) with login on (mode CloudflareAccess: a request without
/// credentials is refused), for scripts that come with personal API tokens. The token service runs on a fake
/// clock pinned to 2026-11-23T12:00:00Z so expiry can be tested; everything else runs on the real clock.
/// </summary>
public sealed class ExternalClientApp : IAsyncLifetime
{
    private DashboardAppFactory? _app;

    public FakeTimeProvider TokenClock { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => _app!.BaseAddress;

    public string DatabasePath => _app!.DatabasePath;

    public IServiceProvider Services => _app!.Services;

    public ApiTokenService Tokens => Services.GetRequiredService<ApiTokenService>();

    public ValueTask InitializeAsync()
    {
        _app = new DashboardAppFactory(
            new Dictionary<string, string?>
            {
                ["Dashboard:Auth:Mode"] = "CloudflareAccess",
                ["Dashboard:Auth:CloudflareAccess:TeamDomain"] = "homelab.cloudflareaccess.com",
                ["Dashboard:Auth:CloudflareAccess:Audience"] = "4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2",
            },
            configureServices: services => services.AddSingleton(sp => new ApiTokenService(sp.GetRequiredService<IApiTokenStore>(), TokenClock)));
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.Start() };
        return ValueTask.CompletedTask;
    }

    public async Task<CreatedApiToken> CreateTokenAsync(ApiTokenRole role, string name = "start page", DateTimeOffset? expiresAt = null) =>
        await Tokens.CreateAsync(name, role, expiresAt, "admin@example.com", creatorCanOperate: true, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Dashboard.Sandbox.SandboxWorld World => Services.GetRequiredService<SandboxHostedService>().World;

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
