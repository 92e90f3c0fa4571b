using System.Net;
using System.Net.Http.Headers;
using Dashboard.Sandbox.Seeding;

namespace Dashboard.Sandbox.Tests.Seeding;

/// <summary>The sandbox serves every GitHub repository its upstream fixtures deploy from, not only homelab/fleet-infra.</summary>
public sealed class UpstreamRepositorySeedTests
{
    [Fact]
    public async Task Find_SeededWorld_NamesEveryFixtureRepositoryWithItsBranches()
    {
        await using var world = await SandboxWorld.StartAsync(new SandboxWorldOptions { StartLife = false, StartReconciler = false }, null, TestContext.Current.CancellationToken);

        var found = UpstreamRepositorySeed.Find(world.Kubernetes.Store).ToDictionary(r => r.Identity.FullName, r => r.Branches);

        Assert.DoesNotContain("homelab/fleet-infra", found.Keys);
        Assert.Contains("main", found["example/homelab"]);
        Assert.Contains("test-lla", found["foo/manifests-velero"]);
        Assert.Contains("master", found["stefanprodan/podinfo"]);
        Assert.Equal(found.Keys.Order(StringComparer.Ordinal), world.UpstreamRepositories.Select(r => r.Identity.FullName));
    }

    [Fact]
    public async Task GitHub_UpstreamBranch_ServedWithETagAndAnswers304WhenUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await SandboxWorld.StartAsync(new SandboxWorldOptions { StartLife = false, StartReconciler = false }, null, ct);
        using var client = new HttpClient { BaseAddress = world.GitHub.ApiAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", world.GitHubToken);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("upstream-seed-test");

        var first = await client.GetAsync("repos/foo/manifests-velero/git/refs/heads/test-lla", ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(world.UpstreamRepositories.Single(r => r.Identity.FullName == "foo/manifests-velero").HeadOf("test-lla")!,
            await first.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var again = new HttpRequestMessage(HttpMethod.Get, "repos/foo/manifests-velero/git/refs/heads/test-lla");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again, ct)).StatusCode);

        var commits = await client.GetAsync("repos/example/homelab/commits?sha=main", ct);
        Assert.Equal(HttpStatusCode.OK, commits.StatusCode);
        Assert.Contains("chore(deps): bump images", await commits.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("repos/nobody/nothing/git/refs/heads/main", ct)).StatusCode);
    }

    [Fact]
    public async Task AddRepository_SameNameTwice_Refused()
    {
        await using var world = await SandboxWorld.StartAsync(new SandboxWorldOptions { StartLife = false, StartReconciler = false }, null, TestContext.Current.CancellationToken);

        var error = Assert.Throws<InvalidOperationException>(() => world.GitHub.AddRepository(world.UpstreamRepositories[0]));

        Assert.Contains(world.UpstreamRepositories[0].Identity.FullName, error.Message, StringComparison.Ordinal);
    }
}
