using System.Net;
using System.Text.Json;
using Dashboard.Web.Authentication;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>The dashboard's forwarded-headers setup in a real Kestrel on 127.0.0.1, echoing what the request looks like after it.</summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Request_FromKnownProxy_TakesSchemeHostAndCloudflareClient()
    {
        var seen = await SendThroughAsync(new ForwardedHeadersSettings { KnownProxies = ["127.0.0.1"] });

        Assert.Equal("https", seen.GetProperty("scheme").GetString());
        Assert.Equal("dashboard.example.com", seen.GetProperty("host").GetString());
        Assert.Equal("203.0.113.7", seen.GetProperty("client").GetString());
    }

    [Fact]
    public async Task Request_FromKnownNetwork_TakesSchemeHostAndCloudflareClient()
    {
        var seen = await SendThroughAsync(new ForwardedHeadersSettings { KnownNetworks = ["127.0.0.0/8"] });

        Assert.Equal("https", seen.GetProperty("scheme").GetString());
        Assert.Equal("203.0.113.7", seen.GetProperty("client").GetString());
    }

    [Fact]
    public async Task Request_FromKnownProxyWithoutCloudflareHeader_TakesForwardedFor()
    {
        var seen = await SendThroughAsync(new ForwardedHeadersSettings { KnownProxies = ["127.0.0.1"] }, cloudflareClient: null);

        Assert.Equal("198.51.100.20", seen.GetProperty("client").GetString());
    }

    [Theory]
    [InlineData("10.9.9.9", null)]
    [InlineData(null, "10.0.0.0/8")]
    [InlineData(null, null)]
    public async Task Request_FromUnknownPeer_IgnoresEveryForwardedHeader(string? proxy, string? network)
    {
        var settings = new ForwardedHeadersSettings
        {
            KnownProxies = proxy is null ? [] : [proxy],
            KnownNetworks = network is null ? [] : [network],
        };

        var seen = await SendThroughAsync(settings);

        Assert.Equal("http", seen.GetProperty("scheme").GetString());
        Assert.StartsWith("127.0.0.1:", seen.GetProperty("host").GetString(), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", seen.GetProperty("client").GetString());
    }

    private static async Task<JsonElement> SendThroughAsync(ForwardedHeadersSettings settings, string? cloudflareClient = "203.0.113.7")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var trusted = new TrustedProxies(settings);
        ForwardedHeadersSetup.Configure(builder.Services, trusted);
        await using var app = builder.Build();
        ForwardedHeadersSetup.Use(app, trusted);
        app.MapGet("/echo", (HttpContext context) => Results.Json(new
        {
            scheme = context.Request.Scheme,
            host = context.Request.Host.Value,
            client = context.Connection.RemoteIpAddress is { } ip && ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4().ToString() : context.Connection.RemoteIpAddress?.ToString(),
        }));
        await app.StartAsync(TestContext.Current.CancellationToken);

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/echo");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "dashboard.example.com");
        request.Headers.Add("X-Forwarded-For", "198.51.100.20");
        if (cloudflareClient is not null)
        {
            request.Headers.Add(ForwardedHeadersSetup.CloudflareClientHeader, cloudflareClient);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        await app.StopAsync(TestContext.Current.CancellationToken);
        return json;
    }
}
