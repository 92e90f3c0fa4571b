using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Dashboard.Git.GitHub;
using Dashboard.Git.Repositories;
using Dashboard.Git.Tests.GitHub;
using Dashboard.Sandbox.GitHub;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Git.Tests.Repositories;

/// <summary>The watcher against the GitHub emulator over real HTTP and the real seeded repository, on a fake clock.</summary>
public sealed class RepositoryWatcherTests
{
    private static readonly RepositoryBranch Main = new(new GitRepositoryRef("homelab", "fleet-infra"), "main");
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollAsync_FirstPoll_HeadAndRecentCommitsWithChangedPaths()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var (watcher, store, _) = Watcher(world, WhoamiCluster());

        await watcher.PollAsync(cancellationToken: Ct);

        var state = store.Current.Find(Main)!;
        Assert.Null(state.Error);
        Assert.Equal(world.Head, state.Head);
        Assert.Equal(world.Repository.SeedCommits.Count, state.Commits.Count);
        Assert.Equal(world.Head, state.Commits[0].Sha);
        Assert.Equal(["apps/production/podinfo-values.yaml"], state.Commits[0].ChangedPaths);
        Assert.Equal(["ArgoApplication argocd/whoami"], state.UsedBy);
        Assert.NotNull(state.RateLimitRemaining);
    }

    [Fact]
    public async Task PollAsync_IdleHead_ConditionalRequestCostsNoRateLimit()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var (watcher, store, _) = Watcher(world, WhoamiCluster());
        await watcher.PollAsync(cancellationToken: Ct);
        var remaining = store.Current.Find(Main)!.RateLimitRemaining;
        world.Emulator.Requests.Clear();

        await watcher.PollAsync(cancellationToken: Ct);

        var requests = world.Emulator.Requests.Snapshot();
        var only = Assert.Single(requests);
        Assert.Equal(304, only.Status);
        Assert.Equal(remaining, store.Current.Find(Main)!.RateLimitRemaining);
    }

    [Fact]
    public async Task PollAsync_NewCommit_NewHeadAndOnlyItsFilesFetched()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var (watcher, store, time) = Watcher(world, WhoamiCluster());
        await watcher.PollAsync(cancellationToken: Ct);
        var sha = world.Repository.CommitForeignChange("argocd/whoami/deployment.yaml", "changed\n");
        world.Emulator.Requests.Clear();
        time.Advance(TimeSpan.FromMinutes(1));

        await watcher.PollAsync(cancellationToken: Ct);

        var state = store.Current.Find(Main)!;
        Assert.Equal(sha, state.Head);
        Assert.Equal(["argocd/whoami/deployment.yaml"], state.Commits[0].ChangedPaths);
        Assert.Equal(time.GetUtcNow(), state.HeadChangedAt);
        Assert.Equal(1, world.Emulator.Requests.CountWhere(r => r.Path.StartsWith($"/repos/homelab/fleet-infra/commits/", StringComparison.Ordinal)));
        var whoami = App("whoami", SandboxGitRepository.CloneUrl, path: "argocd/whoami") with { Revision = world.Repository.Sha(SeedLabels.Whoami1110) };
        var pending = CommitLinks.ForApp(state, SourceResolver.Resolve(ClusterSnapshot.Empty, whoami)!);
        Assert.Equal([sha], pending.Pending.Select(c => c.Sha));
        Assert.True(pending.RevisionInWindow);
    }

    [Fact]
    public async Task PollAsync_BadToken_UnauthorizedStateNotACrash()
    {
        await using var world = await GitHubTestWorld.StartAsync(token: "not-the-token");
        var (watcher, store, _) = Watcher(world, WhoamiCluster());

        await watcher.PollAsync(cancellationToken: Ct);

        var state = store.Current.Find(Main)!;
        Assert.Equal(GitFailureKind.Unauthorized, state.FailureKind);
        Assert.Contains("homelab/fleet-infra", state.Error, StringComparison.Ordinal);
        Assert.Null(state.Head);
    }

    [Fact]
    public async Task PollAsync_MissingRepository_NotFoundState_OthersStillRead()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var cluster = WhoamiCluster();
        cluster.Upsert(App("ghost", "https://github.com/homelab/missing.git"));
        var (watcher, store, _) = Watcher(world, cluster);

        await watcher.PollAsync(cancellationToken: Ct);

        Assert.Equal(GitFailureKind.NotFound, store.Current.Find(new RepositoryBranch(new GitRepositoryRef("homelab", "missing"), "main"))!.FailureKind);
        Assert.Null(store.Current.Find(Main)!.Error);
    }

    [Fact]
    public async Task PollAsync_RepositoryStaysMissing_AskedLessAndLessOften()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var cluster = WhoamiCluster();
        cluster.Upsert(App("ghost", "https://github.com/homelab/missing.git"));
        var (watcher, store, time) = Watcher(world, cluster);
        var ghost = new RepositoryBranch(new GitRepositoryRef("homelab", "missing"), "main");
        int Asked() => world.Emulator.Requests.Snapshot().Count(r => r.Path.Contains("/repos/homelab/missing", StringComparison.Ordinal));

        await watcher.PollAsync(cancellationToken: Ct);
        Assert.Equal(1, Asked());
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(2), store.Current.Find(ghost)!.RetryAt);

        // One poll a minute for 30 minutes: the missing repository is asked again at minutes 2, 6, 14 and 29 only.
        for (var minute = 1; minute <= 30; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await watcher.PollAsync(cancellationToken: Ct);
        }

        Assert.Equal(5, Asked());
        Assert.Equal(5, store.Current.Find(ghost)!.ConsecutiveFailures);
        Assert.Equal(GitFailureKind.NotFound, store.Current.Find(ghost)!.FailureKind);
    }

    [Theory]
    [InlineData(GitFailureKind.Unavailable)]
    [InlineData(GitFailureKind.RateLimited)]
    public void RepositoryRetry_TransientFailure_NoBackoffOfItsOwn(GitFailureKind kind) =>
        Assert.Null(RepositoryRetry.After(kind, 3, TimeSpan.FromMinutes(1), DateTimeOffset.UnixEpoch));

    [Fact]
    public async Task PollAsync_HelmRepositoryUrl_IgnoredWithReason()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var cluster = new ClusterStore();
        cluster.Upsert(App("uptime-kuma", "https://helm.irsigler.cloud", chart: "uptime-kuma"));
        var (watcher, store, _) = Watcher(world, cluster);

        await watcher.PollAsync(cancellationToken: Ct);

        Assert.Empty(store.Current.Branches);
        Assert.Contains("Helm chart", Assert.Single(store.Current.Ignored).Reason, StringComparison.Ordinal);
        Assert.Equal(0, world.Emulator.Requests.Count);
    }

    [Fact]
    public async Task RequestRefresh_WatchedAndUnwatched()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var (watcher, _, _) = Watcher(world, WhoamiCluster());
        await watcher.PollAsync(cancellationToken: Ct);

        Assert.True(watcher.RequestRefresh(new GitRepositoryRef("Homelab", "Fleet-Infra"), "main"));
        Assert.False(watcher.RequestRefresh(new GitRepositoryRef("homelab", "fleet-infra"), "feature"));
        Assert.False(watcher.RequestRefresh(new GitRepositoryRef("someone", "else")));
    }

    private static ClusterStore WhoamiCluster()
    {
        var cluster = new ClusterStore();
        cluster.Upsert(App("whoami", SandboxGitRepository.CloneUrl, path: "argocd/whoami"));
        return cluster;
    }

    private static AppStatus App(string name, string url, string path = "", string? chart = null) => new()
    {
        Key = new ResourceKey("sandbox", ResourceKind.ArgoApplication, "argocd", name),
        Controller = Controller.ArgoCD,
        Revision = "0000000000000000000000000000000000000000",
        Source = new AppSource(url, path, chart is null ? "main" : "2.18.0", chart),
    };

    private static (RepositoryWatcher Watcher, RepositoryStore Store, FakeTimeProvider Time) Watcher(GitHubTestWorld world, IClusterStore cluster)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var store = new RepositoryStore();
        var options = new GitHubOptions { BaseUrl = world.Emulator.BaseAddress, Token = world.Factory.Create().Connection.Credentials.Password };
        var connection = GitHubConnection.Create(options, time);
        var watcher = new RepositoryWatcher(cluster, store, () => connection, new RepositoryWatchingOptions(), time, NullLogger<RepositoryWatcher>.Instance);
        return (watcher, store, time);
    }
}
