using System.Net;
using Dashboard.Testing.Web;

namespace Dashboard.Web.Tests.Hosting;

public sealed class DashboardHostTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _factory = new();
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        var address = _factory.Start();
        Assert.Equal("127.0.0.1", address.Host);
        _client = new HttpClient { BaseAddress = address };
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Healthz_RunningApp_ReturnsOk()
    {
        var response = await _client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Readyz_MigratedDatabaseAndSandboxCluster_ReturnsReady()
    {
        var response = await _client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(File.Exists(_factory.DatabasePath), "the SQLite file is created at Dashboard:Data:Path");
    }

    [Fact]
    public async Task HomePage_Sandbox_RendersOverviewWithDataSourceAndNavigation()
    {
        var html = await _client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<title>Overview · Dashboard</title>", html, StringComparison.Ordinal);
        Assert.Contains("Sandbox: embedded Kubernetes emulator at https://127.0.0.1:", html, StringComparison.Ordinal);
        foreach (var page in new[] { "apps", "commits", "certificates", "volumes", "activity" })
        {
            Assert.Contains($"href=\"{page}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaticAssets_TopLevelWwwroot_AreServedWithContent()
    {
        var html = await _client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(css/app\\.[a-z0-9]+\\.css)\"").Groups[1].Value;
        Assert.NotEmpty(css);

        var body = await _client.GetStringAsync("/" + css, TestContext.Current.CancellationToken);

        Assert.Contains("#components-reconnect-modal", body, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
