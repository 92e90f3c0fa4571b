using System.Net;
using System.Text;
using Dashboard.Core.GitOps;
using Dashboard.Git.GitHub;
using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>The push webhook on the real app in sandbox mode: signatures, ping, and a push that refreshes the branch at once.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private const string Secret = "webhook-test-secret";
    private static readonly RepositoryBranch Main = new(new GitRepositoryRef("homelab", "fleet-infra"), "main");

    private readonly DashboardAppFactory _factory = new(new Dictionary<string, string?>
    {
        ["Dashboard:Git:WebhookSecret"] = Secret,
        // Long enough that only the webhook can explain a refresh within the test.
        ["Dashboard:Git:PollIntervalSeconds"] = "3600",
    });

    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = new HttpClient { BaseAddress = _factory.Start() };
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Post_MissingOrBadSignature_Unauthorized()
    {
        var body = """{"zen":"Keep it logically awesome."}""";

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("ping", body, signature: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("ping", body, WebhookSignature.Compute("wrong-secret", Encoding.UTF8.GetBytes(body)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("ping", body, "sha256=zz")).StatusCode);
    }

    [Fact]
    public async Task Post_SignedPing_Ok()
    {
        var body = """{"zen":"Keep it logically awesome."}""";

        var response = await SendAsync("ping", body, WebhookSignature.Compute(Secret, Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedPush_RefreshesBranchAtOnce()
    {
        var store = _factory.Services.GetRequiredService<IRepositoryStore>();
        var world = _factory.Services.GetRequiredService<SandboxHostedService>().World;
        var first = await WaitForAsync(store, s => s?.Head is not null);
        Assert.Equal(world.GitRepository.HeadOf(), first.Head);

        var sha = world.GitRepository.CommitForeignChange("argocd/whoami/deployment.yaml", "pushed\n");
        var body = """{"ref":"refs/heads/main","after":"SHA","repository":{"full_name":"homelab/fleet-infra"}}""".Replace("SHA", sha, StringComparison.Ordinal);
        var response = await SendAsync("push", body, WebhookSignature.Compute(Secret, Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"refreshed\":true", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var refreshed = await WaitForAsync(store, s => s?.Head == sha);
        Assert.Equal(["argocd/whoami/deployment.yaml"], refreshed.Commits[0].ChangedPaths);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<HttpResponseMessage> SendAsync(string eventName, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/github") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-GitHub-Event", eventName);
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<RepositoryState> WaitForAsync(IRepositoryStore store, Func<RepositoryState?, bool> condition)
    {
        using var subscription = store.Subscribe();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var snapshot = subscription.Snapshot;
        while (!condition(snapshot.Find(Main)))
        {
            snapshot = await subscription.Updates.ReadAsync(timeout.Token);
        }

        return snapshot.Find(Main)!;
    }
}
