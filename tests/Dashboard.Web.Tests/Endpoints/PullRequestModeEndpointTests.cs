using System.Net;
using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Sandbox.GitHub;
using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Tests.Endpoints;

/// <summary><c>Dashboard:Git:Repositories:N:PullRequestMode=true</c> through the real app in sandbox mode: a rollback opens a pull request.</summary>
public sealed class PullRequestModeEndpointTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _factory = new(new Dictionary<string, string?>
    {
        ["Dashboard:Git:Repositories:0:Url"] = SandboxGitRepository.CloneUrl,
        ["Dashboard:Git:Repositories:0:PullRequestMode"] = "true",
    });

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
    public async Task Rollback_PullRequestModeRepository_OpensPullRequestAndMainStays()
    {
        var world = _factory.Services.GetRequiredService<SandboxHostedService>().World;
        var headBefore = world.GitRepository.HeadOf()!;
        var store = _factory.Services.GetRequiredService<IClusterStore>();
        var whoami = new ResourceKey("sandbox", ResourceKind.ArgoApplication, "argocd", "whoami");
        for (var i = 0; i < 300 && store.Current.Items.GetValueOrDefault(whoami) is not AppStatus { Revision: not null }; i++)
        {
            await Task.Delay(100, Token);
        }

        var response = await _client.PostAsJsonAsync("/api/apps/sandbox/Application/argocd/whoami/rollback",
            new { revision = world.GitRepository.Sha(SeedLabels.Whoami1102) }, Token);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PullRequestOpened", outcome.GetProperty("status").GetString());
        Assert.Equal(1, outcome.GetProperty("pullRequestNumber").GetInt32());
        Assert.EndsWith("/homelab/fleet-infra/pull/1", outcome.GetProperty("pullRequestUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(headBefore, world.GitRepository.HeadOf());
        Assert.Single(world.GitHub.PullRequests);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
