using Dashboard.Core.GitOps;
using Dashboard.Sandbox.GitHub;

namespace Dashboard.Git.Tests.GitHub;

public sealed class GitHubRepositoryReaderTests
{
    private static readonly GitRepositoryRef Repo = GitHubTestWorld.Repo;

    [Fact]
    public async Task GetBranchHeadAsync_SeededRepository_ReturnsLastSeededCommit()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var head = await world.Reader.GetBranchHeadAsync(Repo, "main", TestContext.Current.CancellationToken);

        Assert.Equal(world.Repository.Sha(SeedLabels.PodinfoChart68), head);
    }

    [Fact]
    public async Task GetBranchHeadAsync_UnknownBranch_ThrowsNotFoundNamingBranch()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var error = await Assert.ThrowsAsync<GitAccessException>(() => world.Reader.GetBranchHeadAsync(Repo, "nope", TestContext.Current.CancellationToken));

        Assert.Equal(GitFailureKind.NotFound, error.Kind);
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRecentCommitsAsync_MoreThanOnePage_FollowsLinksNewestFirstAndStopsAtMax()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var commits = await world.Reader.GetRecentCommitsAsync(Repo, "main", 11, cancellationToken: TestContext.Current.CancellationToken);
        var firstFive = await world.Reader.GetRecentCommitsAsync(Repo, "main", 5, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(11, commits.Count);
        Assert.Equal(world.Repository.Sha(SeedLabels.PodinfoChart68), commits[0].Sha);
        Assert.Equal(world.Repository.Sha(SeedLabels.Initial), commits[^1].Sha);
        Assert.Equal("renovate[bot]", commits[0].AuthorName);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 17, 30, 0, TimeSpan.Zero), commits[0].CommittedAt);
        Assert.Equal([commits[1].Sha], commits[0].Parents);
        Assert.Equal(commits.Take(5).Select(c => c.Sha), firstFive.Select(c => c.Sha));
    }

    [Fact]
    public async Task GetRecentCommitsAsync_PathFilter_ReturnsOnlyCommitsTouchingPath()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var commits = await world.Reader.GetRecentCommitsAsync(Repo, "main", 50, "apps/base/podinfo", TestContext.Current.CancellationToken);

        Assert.Equal(
            [SeedLabels.Redis864, SeedLabels.PodinfoInterval, SeedLabels.Redis863, SeedLabels.Initial],
            commits.Select(c => world.Repository.SeedCommits.Single(s => s.Value == c.Sha).Key));
    }

    [Fact]
    public async Task GetCommitsBetweenAsync_PathOfApp_ReturnsPendingCommitsOldestFirst()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var deployed = world.Repository.Sha(SeedLabels.Redis863);

        var pending = await world.Reader.GetCommitsBetweenAsync(Repo, deployed, world.Head, "apps/production", cancellationToken: TestContext.Current.CancellationToken);
        var all = await world.Reader.GetCommitsBetweenAsync(Repo, deployed, world.Head, null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            [world.Repository.Sha(SeedLabels.PodinfoChart67), world.Repository.Sha(SeedLabels.PodinfoHostname), world.Repository.Sha(SeedLabels.PodinfoChart68)],
            pending.Select(c => c.Sha));
        Assert.Equal(8, all.Count);
        Assert.Equal(world.Repository.Sha(SeedLabels.PodinfoInterval), all[0].Sha);
    }

    [Fact]
    public async Task GetCommitsBetweenAsync_SameSha_ReturnsEmpty()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var pending = await world.Reader.GetCommitsBetweenAsync(Repo, world.Head, world.Head, "apps", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(pending);
    }

    [Fact]
    public async Task GetChangedFilesAsync_ImageBump_ReturnsTheOneModifiedFile()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var files = await world.Reader.GetChangedFilesAsync(Repo, world.Repository.Sha(SeedLabels.Whoami1110), TestContext.Current.CancellationToken);

        var file = Assert.Single(files);
        Assert.Equal(new ChangedFile("argocd/whoami/deployment.yaml", FileChangeKind.Modified, 1, 1), file);
    }

    [Fact]
    public async Task GetFileAsync_AtOlderRevision_ReturnsContentOfThatRevision()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var old = await world.Reader.GetFileAsync(Repo, "apps/base/podinfo/release.yaml", world.Repository.Sha(SeedLabels.Redis863), TestContext.Current.CancellationToken);
        var current = await world.Reader.GetFileAsync(Repo, "apps/base/podinfo/release.yaml", "main", TestContext.Current.CancellationToken);
        var missing = await world.Reader.GetFileAsync(Repo, "apps/base/podinfo/nope.yaml", "main", TestContext.Current.CancellationToken);
        var folder = await world.Reader.GetFileAsync(Repo, "apps/base/podinfo", "main", TestContext.Current.CancellationToken);

        Assert.Contains("tag: 8.6.3", old!.Text, StringComparison.Ordinal);
        Assert.Contains("tag: 8.6.4", current!.Text, StringComparison.Ordinal);
        Assert.Equal(world.Inspect(r => r.Head.Tip["apps/base/podinfo/release.yaml"].Target.Sha), current.BlobSha);
        Assert.Null(missing);
        Assert.Null(folder);
    }

    [Fact]
    public async Task GetTreeAsync_AppFolder_ListsFilesRecursivelyRelativeToFolder()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var tree = await world.Reader.GetTreeAsync(Repo, "apps/base", "main", TestContext.Current.CancellationToken);
        var missing = await world.Reader.GetTreeAsync(Repo, "apps/nope", "main", TestContext.Current.CancellationToken);

        Assert.NotNull(tree);
        Assert.Equal(world.Inspect(r => r.Head.Tip["apps/base"].Target.Sha), tree.Sha);
        Assert.Contains(tree.Entries, e => e is { Path: "podinfo", Kind: GitTreeEntryKind.Tree, Mode: "040000" });
        Assert.Contains(tree.Entries, e => e is { Path: "podinfo/release.yaml", Kind: GitTreeEntryKind.Blob, Mode: "100644" });
        Assert.Null(missing);
    }

    [Fact]
    public async Task GetBranchHeadAsync_SecondPoll_IsAnswered304AndCostsNoRateLimit()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var first = await world.Reader.GetBranchHeadAsync(Repo, "main", TestContext.Current.CancellationToken);
        var remainingAfterFirst = world.Emulator.RateLimit.Remaining;

        var second = await world.Reader.GetBranchHeadAsync(Repo, "main", TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Equal(remainingAfterFirst, world.Emulator.RateLimit.Remaining);
        Assert.Equal([200, 304], world.Emulator.Requests.Snapshot().Select(r => r.Status));
        Assert.Equal(remainingAfterFirst, world.RateLimits.Remaining);
    }

    [Fact]
    public async Task GetBranchHeadAsync_AfterForeignPush_SeesNewHeadDespiteCache()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        await world.Reader.GetBranchHeadAsync(Repo, "main", TestContext.Current.CancellationToken);
        var pushed = world.Repository.CommitForeignChange();

        var head = await world.Reader.GetBranchHeadAsync(Repo, "main", TestContext.Current.CancellationToken);

        Assert.Equal(pushed, head);
        Assert.Equal([200, 200], world.Emulator.Requests.Snapshot().Select(r => r.Status));
    }

    [Fact]
    public async Task GetBranchHeadAsync_ServerErrors_ThrowsUnavailableWithStatus()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        world.Emulator.Faults.FailNextRequests(1);

        var error = await Assert.ThrowsAsync<GitAccessException>(() => world.Reader.GetBranchHeadAsync(Repo, "main", TestContext.Current.CancellationToken));

        Assert.Equal(GitFailureKind.Unavailable, error.Kind);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
        Assert.Contains("homelab/fleet-infra", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBranchHeadAsync_WrongToken_ThrowsUnauthorized()
    {
        await using var world = await GitHubTestWorld.StartAsync(token: "wrong");

        var error = await Assert.ThrowsAsync<GitAccessException>(() => world.Reader.GetBranchHeadAsync(Repo, "main", TestContext.Current.CancellationToken));

        Assert.Equal(GitFailureKind.Unauthorized, error.Kind);
    }
}
