using System.Net;
using Dashboard.Testing.Web;
using Dashboard.Web.Tests.Authentication;

namespace Dashboard.Web.Tests.Security;

/// <summary>
/// Login paths per client address, actions per user. Windows are an hour long so that no window can roll over
/// during a test: the 429 comes from the count, never from timing.
/// </summary>
public sealed class RateLimitTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_OverTheLimit_429WithRetryAfterOnlyForThatClient()
    {
        await using var app = new DashboardAppFactory(LoginLimit(trustLoopbackProxy: true));
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Start() };

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await LoginAsync(client, "203.0.113.7")).StatusCode);
        }

        using var refused = await LoginAsync(client, "203.0.113.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 3600);

        // Another client behind the same tunnel has its own budget; other pages are not limited at all.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await LoginAsync(client, "203.0.113.8")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/status", Token)).StatusCode);
    }

    [Fact]
    public async Task Login_ClientAddressFromUntrustedPeer_IsIgnored()
    {
        await using var app = new DashboardAppFactory(LoginLimit(trustLoopbackProxy: false));
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Start() };

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await LoginAsync(client, $"198.51.100.{i}")).StatusCode);
        }

        // A made-up CF-Connecting-IP does not buy a fresh budget: the peer is not a trusted proxy.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(client, "198.51.100.99")).StatusCode);
    }

    [Fact]
    public async Task Actions_OverTheLimit_429ForThatUserOnly()
    {
        await using var app = new CloudflareAccessApp(new Dictionary<string, string?>
        {
            ["Dashboard:Auth:RateLimits:ActionPermitLimit"] = "2",
            ["Dashboard:Auth:RateLimits:ActionWindowSeconds"] = "3600",
        });
        await app.InitializeAsync();
        var olivia = app.Token(email: "ops@example.com");
        var ana = app.Token(email: "ana@example.com", groups: ["family"]);
        const string path = "/api/apps/sandbox/Application/argocd/no-such-app/rollback";

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await app.SendAsync(HttpMethod.Post, path, olivia, JsonContent.Create(new { revision = "abc1234" }))).StatusCode);
        }

        using var refused = await app.SendAsync(HttpMethod.Post, path, olivia, JsonContent.Create(new { revision = "abc1234" }));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));

        // Ana is refused for her role, not for Olivia's count.
        using var other = await app.SendAsync(HttpMethod.Post, path, ana, JsonContent.Create(new { revision = "abc1234" }));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
        // Reading is not an action.
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/audit", olivia)).StatusCode);
    }

    private static Dictionary<string, string?> LoginLimit(bool trustLoopbackProxy)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Dashboard:Auth:RateLimits:LoginPermitLimit"] = "3",
            ["Dashboard:Auth:RateLimits:LoginWindowSeconds"] = "3600",
        };
        if (trustLoopbackProxy)
        {
            settings["Dashboard:Auth:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        }

        return settings;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string clientAddress)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/auth/login");
        request.Headers.Add("CF-Connecting-IP", clientAddress);
        return client.SendAsync(request, Token);
    }
}
