using Dashboard.Testing.Web;
using Dashboard.Web.Authentication.CloudflareAccess;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>
/// The real dashboard in mode CloudflareAccess, reading the team keys from a local <see cref="JwksServer"/>;
/// token lifetimes and the key refresh interval run on a fake clock pinned to 2026-11-23T12:00:00Z.
/// </summary>
public sealed class CloudflareAccessApp : IAsyncLifetime
{
    public const string TeamDomain = "homelab.cloudflareaccess.com";
    public const string Audience = "4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2";
    public const string Issuer = "https://" + TeamDomain;

    private readonly IReadOnlyDictionary<string, string?> _extraSettings;
    private DashboardAppFactory? _app;

    public CloudflareAccessApp()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="extraSettings">More configuration for the app (e.g. rate limits).</param>
    /// <remarks>Internal: xUnit wants a single public constructor on a fixture.</remarks>
    internal CloudflareAccessApp(IReadOnlyDictionary<string, string?> extraSettings) => _extraSettings = extraSettings;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public TestSigningKey KeyA { get; } = new("key-a");

    public TestSigningKey KeyB { get; } = new("key-b");

    public TestSigningKey Stranger { get; } = new("key-x");

    public JwksServer Jwks { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public CloudflareAccessKeyCache KeyCache => _app!.Services.GetRequiredService<CloudflareAccessKeyCache>();

    public async ValueTask InitializeAsync()
    {
        Jwks = await JwksServer.StartAsync(KeyA);
        var settings = new Dictionary<string, string?>(_extraSettings)
        {
            ["Dashboard:Auth:Mode"] = "CloudflareAccess",
            ["Dashboard:Auth:CloudflareAccess:TeamDomain"] = TeamDomain,
            ["Dashboard:Auth:CloudflareAccess:Audience"] = Audience,
            ["Dashboard:Auth:Roles:Viewers:0"] = "family",
            ["Dashboard:Auth:Roles:Operators:0"] = "ops@example.com",
            ["Dashboard:Auth:Roles:Admins:0"] = "dashboard-admins",
        };
        _app = new DashboardAppFactory(
            settings,
            configureServices: services =>
            {
                services.PostConfigure<CloudflareAccessOptions>(CloudflareAccessOptions.SchemeName, o => o.JwksUri = Jwks.CertsUri);
                services.AddSingleton(sp => new CloudflareAccessKeyCache(new HttpClient(), Time, sp.GetRequiredService<ILogger<CloudflareAccessKeyCache>>()));
                services.AddSingleton(sp => new CloudflareAccessTokenValidator(sp.GetRequiredService<CloudflareAccessKeyCache>(), Time));
            });
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.Start() };
    }

    public string Token(TestSigningKey? key = null, string? email = null, string[]? groups = null, TimeSpan? expiresIn = null, string issuer = Issuer, string audience = Audience) =>
        (key ?? KeyA).CreateToken(issuer, audience, Time.GetUtcNow() + (expiresIn ?? TimeSpan.FromHours(1)), email: email ?? "ana@example.com", groups: groups);

    public Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    /// <summary>A request as a browser behind Cloudflare Access sends it (with X-Requested-With, as the API asks of cookie callers).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Requested-With", "test");
        if (token is not null)
        {
            request.Headers.Add(CloudflareAccessOptions.HeaderName, token);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Jwks.DisposeAsync();
        KeyA.Dispose();
        KeyB.Dispose();
        Stranger.Dispose();
    }
}
