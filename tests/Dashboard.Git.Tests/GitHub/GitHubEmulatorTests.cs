using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Sandbox.GitHub;
using LibGit2Sharp;

namespace Dashboard.Git.Tests.GitHub;

/// <summary>The emulator at the HTTP level, without Octokit: what github-rest.md says GitHub does.</summary>
public sealed partial class GitHubEmulatorTests
{
    private const string Repo = "api/v3/repos/homelab/fleet-infra/";

    [Fact]
    public async Task Get_SameETag_Answers304WithoutCountingRateLimit()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        using var http = Client(world);

        using var first = await http.GetAsync(Repo + "git/refs/heads/main", TestContext.Current.CancellationToken);
        var remaining = Header(first, "X-RateLimit-Remaining");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, Repo + "git/refs/heads/main");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var second = await http.SendAsync(conditional, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(remaining, Header(second, "X-RateLimit-Remaining"));
        Assert.Equal(world.Emulator.RateLimit.Limit - 1, int.Parse(remaining, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ListCommits_PerPage_FollowsAbsoluteLinksThroughAllPages()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        using var http = Client(world);
        var shas = new List<string>();
        var pages = 0;
        Uri? next = new(world.Emulator.BaseAddress, Repo + "commits?sha=main&per_page=4");

        while (next is not null && pages++ < 10)
        {
            using var response = await http.GetAsync(next, TestContext.Current.CancellationToken);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            shas.AddRange(document.RootElement.EnumerateArray().Select(c => c.GetProperty("sha").GetString()!));
            var link = response.Headers.TryGetValues("Link", out var values) ? string.Join(",", values) : string.Empty;
            var match = NextLink().Match(link);
            next = match.Success ? new Uri(match.Groups[1].Value, UriKind.Absolute) : null;
            if (pages == 1)
            {
                Assert.Contains("/api/v3/repos/homelab/fleet-infra/commits?", link, StringComparison.Ordinal);
                Assert.Contains("page=3>; rel=\"last\"", link, StringComparison.Ordinal);
            }
        }

        Assert.Equal(3, pages);
        Assert.Equal(world.Repository.SeedCommits.Count, shas.Distinct().Count());
        Assert.Equal(world.Head, shas[0]);
    }

    [Fact]
    public async Task UpdateRef_NotFastForward_Answers422UnlessForced()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        using var http = Client(world);
        var older = world.Repository.Sha(SeedLabels.Initial);

        using var refused = await Patch(http, Repo + "git/refs/heads/main", $$"""{"sha":"{{older}}","force":false}""");
        var headAfterRefusal = world.Head;
        using var forced = await Patch(http, Repo + "git/refs/heads/main", $$"""{"sha":"{{older}}","force":true}""");

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("Update is not a fast forward", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(world.Repository.Sha(SeedLabels.PodinfoChart68), headAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(older, world.Head);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("Token wrong", HttpStatusCode.Unauthorized)]
    [InlineData("Token sandbox-token", HttpStatusCode.OK)]
    [InlineData("Bearer sandbox-token", HttpStatusCode.OK)]
    public async Task Get_Authorization_OnlyTheConfiguredTokenIsAccepted(string? authorization, HttpStatusCode expected)
    {
        await using var world = await GitHubTestWorld.StartAsync();
        using var http = new HttpClient { BaseAddress = world.Emulator.BaseAddress };
        if (authorization is not null)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.GetAsync("repos/homelab/fleet-infra/branches/main", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Contains("\"message\":\"Bad credentials\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CreateTree_FormContentTypeAndNullSha_ParsesJsonAndDeletesEntry()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        using var http = Client(world);
        var baseTree = world.Inspect(r => r.Head.Tip.Tree.Sha);

        using var deleted = await Post(http, Repo + "git/trees", $$"""{"base_tree":"{{baseTree}}","tree":[{"path":"argocd/whoami/service.yaml","mode":"100644","type":"blob","sha":null}]}""");
        using var invalid = await Post(http, Repo + "git/trees", $$"""{"base_tree":"{{baseTree}}","tree":[{"path":"x.txt","mode":"100644","type":"blob"}]}""");

        Assert.Equal(HttpStatusCode.Created, deleted.StatusCode);
        using var document = JsonDocument.Parse(await deleted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var sha = document.RootElement.GetProperty("sha").GetString()!;
        Assert.Null(world.Inspect(r => r.Lookup<Tree>(sha)["argocd/whoami/service.yaml"]));
        Assert.NotNull(world.Inspect(r => r.Lookup<Tree>(sha)["argocd/whoami/deployment.yaml"]));
        Assert.Equal((HttpStatusCode)422, invalid.StatusCode);
    }

    private static HttpClient Client(GitHubTestWorld world)
    {
        var http = new HttpClient { BaseAddress = world.Emulator.BaseAddress };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Token " + world.Emulator.Token);
        return http;
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();

    /// <summary>Sends JSON labelled as a form, as Octokit does.</summary>
    private static Task<HttpResponseMessage> Post(HttpClient http, string path, string json) =>
        http.PostAsync(path, new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/x-www-form-urlencoded")), TestContext.Current.CancellationToken);

    private static Task<HttpResponseMessage> Patch(HttpClient http, string path, string json) =>
        http.PatchAsync(path, new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/x-www-form-urlencoded")), TestContext.Current.CancellationToken);

    [GeneratedRegex("<([^>]+)>; rel=\"next\"")]
    private static partial Regex NextLink();
}
