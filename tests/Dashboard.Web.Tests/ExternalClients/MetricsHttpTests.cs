using System.Net;
using Dashboard.Core.Streaming;
using Dashboard.Core.Tokens;

namespace Dashboard.Web.Tests.ExternalClients;

/// <summary>/metrics with a token, and the anonymous probes that must reveal nothing.</summary>
public sealed class MetricsHttpTests(ExternalClientApp app) : IClassFixture<ExternalClientApp>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_ViewerToken_ServesPrometheusTextWithSandboxApps()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer, name: "prometheus");
        for (var i = 0; i < 300 && !app.Services.GetRequiredService<IClusterStore>().Current.Apps.Any(); i++)
        {
            await Task.Delay(100, Token);
        }

        var response = await app.SendAsync(HttpMethod.Get, "/metrics", token.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Token);
        var lines = PrometheusTextParser.Parse(text);
        Assert.Contains(lines, l => l.Name == "dashboard_apps" && l.Labels["cluster"] == "sandbox" && l.Value >= 1);
        Assert.Contains(lines, l => l.Name == "dashboard_build_info");
        Assert.Contains(lines, l => l.Name == "dashboard_watch_state" && l.Labels["phase"] == "Watching" && l.Value == 1);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probe_NoCredentials_AnswersWithoutRevealingApps(string path)
    {
        for (var i = 0; i < 300 && !app.Services.GetRequiredService<IClusterStore>().Current.Apps.Any(); i++)
        {
            await Task.Delay(100, Token);
        }

        var response = await app.SendAsync(HttpMethod.Get, path, token: null);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{path}: {response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(body.Length < 200, body);
        foreach (var appName in app.Services.GetRequiredService<IClusterStore>().Current.Apps.Select(a => a.Key.Name))
        {
            Assert.DoesNotContain(appName, body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("sandbox", body, StringComparison.OrdinalIgnoreCase);
    }
}
