using System.Net;
using System.Text;
using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Testing.Web;

namespace Dashboard.Web.Tests.Endpoints;

/// <summary>
/// The action JSON API against the real app in sandbox mode. The sandbox has no GitHub emulator wired yet, so these
/// tests cover validation, 404, 401/403 rules and the "Git not configured" answer; the happy path is covered
/// against the emulator in Dashboard.Git.Tests/Planning.
/// </summary>
public sealed class ActionEndpointsTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _factory = new();
    private HttpClient _client = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _client = new HttpClient { BaseAddress = _factory.Start() };
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Rollback_UnknownApp_404WithTheKey()
    {
        var response = await _client.PostAsJsonAsync("/api/apps/sandbox/Application/argocd/no-such-app/rollback", new { revision = "abc1234" }, Token);

        var error = await ErrorAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("No app sandbox/ArgoApplication/argocd/no-such-app is known to the dashboard.", error.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("/api/apps/sandbox/Deployment/argocd/x/rollback", "{\"revision\":\"abc\"}", "kind")]
    [InlineData("/api/apps/sandbox/Application/argocd/x/rollback", "{}", "revision")]
    [InlineData("/api/apps/sandbox/Application/argocd/x/set-version", "{\"value\":\"1.2.3\"}", "locator")]
    [InlineData("/api/apps/sandbox/Application/argocd/x/set-version", "{\"locator\":\"spec.source.targetRevision\"}", "value")]
    [InlineData("/api/apps/sandbox/Application/argocd/x/preview", "{}", "action")]
    [InlineData("/api/apps/sandbox/Application/argocd/x/preview", "{\"action\":\"delete\"}", "action")]
    [InlineData("/api/apps/sandbox/Application/argocd/x/pause", "{not json", "body")]
    public async Task Post_BadRequest_400NamesTheField(string path, string body, string field)
    {
        var response = await _client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), Token);

        var error = await ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task RollbackDryRun_KnownAppButNoGitHostConfigured_502SayingSo()
    {
        var key = new ResourceKey("sandbox", ResourceKind.ArgoApplication, "argocd", "api-test");
        _factory.Services.GetRequiredService<IClusterStoreWriter>().Upsert(new AppStatus
        {
            Key = key,
            Controller = Controller.ArgoCD,
            Source = new AppSource("https://github.com/homelab/fleet-infra.git", "argocd/whoami", "main"),
        });

        var response = await _client.PostAsJsonAsync("/api/apps/sandbox/Application/argocd/api-test/rollback?dryRun=true",
            new { revision = "0123456789abcdef0123456789abcdef01234567" }, Token);

        var error = await ErrorAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal("No Git host is configured for this dashboard, so it cannot read or write repositories.", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Audit_Empty_ReturnsEmptyListAndRejectsABadLimit()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/audit?target=sandbox&limit=10", Token);
        var bad = await _client.GetAsync("/api/audit?limit=lots", Token);

        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.Equal("limit", (await ErrorAsync(bad, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Token);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
