using System.Net;
using Dashboard.Testing.Web;
using Dashboard.Web.Configuration;
using Dashboard.Web.Metrics;

namespace Dashboard.Web.Tests.ExternalClients;

public sealed class MetricsAccessTests
{
    private static readonly MetricsAccessRequirement Lan = new([IPNetwork.Parse("192.168.1.0/24")]);

    [Theory]
    [InlineData("192.168.1.20", true)]
    [InlineData("::ffff:192.168.1.20", true)]
    [InlineData("192.168.2.20", false)]
    [InlineData("203.0.113.9", false)]
    public void AllowsAnonymous_DirectPeer_OnlyInsideTheNetwork(string peer, bool expected) =>
        Assert.Equal(expected, Lan.AllowsAnonymous(IPAddress.Parse(peer), new HeaderDictionary()));

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("CF-Connecting-IP")]
    [InlineData("Cf-Ray")]
    public void AllowsAnonymous_RequestThroughAProxy_IsRefused(string header) =>
        Assert.False(Lan.AllowsAnonymous(IPAddress.Parse("192.168.1.20"), new HeaderDictionary { [header] = "203.0.113.9" }));

    [Fact]
    public void AllowsAnonymous_NoNetworksConfigured_IsRefused() =>
        Assert.False(new MetricsAccessRequirement([]).AllowsAnonymous(IPAddress.Loopback, new HeaderDictionary()));

    [Fact]
    public void Validate_BadNetwork_NamesTheKey()
    {
        var options = new DashboardOptions { Metrics = { AnonymousNetworks = ["192.168.1.0/24", "lan"] } };

        var failure = Assert.Single(new DashboardOptionsValidator().Validate(null, options).Failures!);

        Assert.StartsWith("Dashboard:Metrics:AnonymousNetworks:1:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AnonymousFromConfiguredNetwork_Served_ButNotStatusOrProxiedScrapes()
    {
        await using var app = new DashboardAppFactory(new Dictionary<string, string?>
        {
            ["Dashboard:Auth:Mode"] = "CloudflareAccess",
            ["Dashboard:Auth:CloudflareAccess:TeamDomain"] = "homelab.cloudflareaccess.com",
            ["Dashboard:Auth:CloudflareAccess:Audience"] = "aud",
            ["Dashboard:Metrics:AnonymousNetworks:0"] = "127.0.0.0/8",
        });
        using var client = new HttpClient { BaseAddress = app.Start() };
        var cancellationToken = TestContext.Current.CancellationToken;

        var metrics = await client.GetAsync("/metrics", cancellationToken);
        var status = await client.GetAsync("/api/status", cancellationToken);
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { { "X-Forwarded-For", "203.0.113.9" } } };
        var relayed = await client.SendAsync(proxied, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("# TYPE dashboard_apps gauge", await metrics.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, status.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, relayed.StatusCode);
    }
}
