using System.Net;
using System.Text;
using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Sandbox.GitHub;
using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Tests.Endpoints;

/// <summary>
/// The action JSON API against the real app in sandbox mode: validation, 404, and a rollback through the
/// GitHub emulator that the simulated controller then picks up.
/// </summary>
public sealed class ActionEndpointsTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _factory = new();
    private HttpClient _client = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _client = new HttpClient { BaseAddress = _factory.Start() };
        // As a browser script would: the API refuses cookie-style POSTs without it (request forgery).
        _client.DefaultRequestHeaders.Add("X-Requested-With", "test");
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
    public async Task Rollback_SandboxApp_DryRunShowsDiffThenCommitIsAuditedAndPickedUp()
    {
        var world = _factory.Services.GetRequiredService<SandboxHostedService>().World;
        var earlier = world.GitRepository.Sha(SeedLabels.Whoami1102);
        var headBefore = world.GitRepository.HeadOf()!;
        await EventuallyAsync(() => App("whoami") is { Revision: not null });
        const string path = "/api/apps/sandbox/Application/argocd/whoami/rollback";

        var preview = await _client.PostAsJsonAsync(path + "?dryRun=true", new { revision = earlier }, Token);
        var previewBody = await preview.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("argocd/whoami", previewBody.GetProperty("diff").GetString(), StringComparison.Ordinal);
        Assert.Equal(headBefore, world.GitRepository.HeadOf());

        var commit = await _client.PostAsJsonAsync(path, new { revision = earlier }, Token);
        var outcome = await commit.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var sha = outcome.GetProperty("commitSha").GetString()!;
        Assert.Equal(sha, world.GitRepository.HeadOf());

        // The simulated Argo CD follows the branch; the API reports what the controller says, nothing optimistic.
        await EventuallyAsync(() => App("whoami")?.Revision == sha);
        var audit = await _client.GetFromJsonAsync<JsonElement>("/api/audit?target=sandbox&limit=10", Token);
        Assert.Contains(audit.EnumerateArray(), row => row.GetProperty("commitSha").GetString() == sha);
    }

    private AppStatus? App(string name) =>
        _factory.Services.GetRequiredService<IClusterStore>().Current.Items
            .GetValueOrDefault(new ResourceKey("sandbox", ResourceKind.ArgoApplication, "argocd", name)) as AppStatus;

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100, Token);
        }

        Assert.True(condition(), "condition not reached within 30 s");
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
