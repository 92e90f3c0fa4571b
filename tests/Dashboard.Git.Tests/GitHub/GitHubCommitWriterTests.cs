using Dashboard.Core.GitOps;
using Dashboard.Sandbox.GitHub;
using LibGit2Sharp;

namespace Dashboard.Git.Tests.GitHub;

public sealed class GitHubCommitWriterTests
{
    private const string AppPath = "apps/base/podinfo";

    [Fact]
    public async Task CommitAsync_ReplaceAppFolderWithOldRevision_OnlyThatFolderChangesAndEqualsRevision()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var previousHead = world.Head;
        var revision = world.Repository.Sha(SeedLabels.Redis863);

        var result = await world.Writer.CommitAsync(
            world.Plan($"rollback(podinfo): {AppPath} to {revision[..7]}", new FileEdit.ReplaceWithRevision(AppPath, revision)), TestContext.Current.CancellationToken);

        var committed = Assert.IsType<CommitResult.Committed>(result);
        Assert.Equal(committed.Sha, world.Head);
        world.Inspect(repository =>
        {
            var commit = repository.Lookup<Commit>(committed.Sha);
            var previous = repository.Lookup<Commit>(previousHead);
            Assert.Equal([previousHead], commit.Parents.Select(p => p.Sha));
            var changes = repository.Diff.Compare<TreeChanges>(previous.Tree, commit.Tree);
            Assert.All(changes, c => Assert.StartsWith(AppPath + "/", c.Path, StringComparison.Ordinal));
            Assert.Equal(["apps/base/podinfo/release.yaml"], changes.Select(c => c.Path));
            Assert.Equal(repository.Lookup<Commit>(revision)[AppPath].Target.Sha, commit[AppPath].Target.Sha);
            Assert.EndsWith("\n\nRequested-by: alice@homelab.example\n", commit.Message, StringComparison.Ordinal);
            return 0;
        });
    }

    [Fact]
    public async Task CommitAsync_ReplaceFolderAbsentAtRevision_RemovesFolder()
    {
        await using var world = await GitHubTestWorld.StartAsync();

        var result = await world.Writer.CommitAsync(
            world.Plan("rollback(whoami): remove", new FileEdit.ReplaceWithRevision("argocd/whoami", world.Repository.Sha(SeedLabels.Initial))), TestContext.Current.CancellationToken);

        var committed = Assert.IsType<CommitResult.Committed>(result);
        world.Inspect(repository =>
        {
            var commit = repository.Lookup<Commit>(committed.Sha);
            Assert.Null(commit["argocd/whoami"]);
            Assert.NotNull(commit["argocd/apps/whoami.yaml"]);
            return 0;
        });
    }

    [Fact]
    public async Task CommitAsync_PutAndDeleteFiles_WritesBothInOneCommit()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var previousHead = world.Head;

        var result = await world.Writer.CommitAsync(world.Plan("whoami: v1.11.1",
            FileEdit.Put.Text("argocd/whoami/deployment.yaml", "image: traefik/whoami:v1.11.1\n"),
            new FileEdit.Delete("argocd/whoami/service.yaml")), TestContext.Current.CancellationToken);

        var committed = Assert.IsType<CommitResult.Committed>(result);
        world.Inspect(repository =>
        {
            var commit = repository.Lookup<Commit>(committed.Sha);
            var changes = repository.Diff.Compare<TreeChanges>(repository.Lookup<Commit>(previousHead).Tree, commit.Tree);
            Assert.Equal(
                [("argocd/whoami/deployment.yaml", ChangeKind.Modified), ("argocd/whoami/service.yaml", ChangeKind.Deleted)],
                changes.Select(c => (c.Path, c.Status)).OrderBy(c => c.Path));
            Assert.Equal("image: traefik/whoami:v1.11.1\n", ((Blob)commit["argocd/whoami/deployment.yaml"].Target).GetContentText());
            return 0;
        });
    }

    [Fact]
    public async Task CommitAsync_ContentAlreadyThere_ReturnsNoChangeAndWritesNothing()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var head = world.Head;
        var current = await world.Reader.GetFileAsync(GitHubTestWorld.Repo, "apps/base/podinfo/release.yaml", head, TestContext.Current.CancellationToken);
        world.Emulator.Requests.Clear();

        var result = await world.Writer.CommitAsync(world.Plan("no-op",
            new FileEdit.Put("apps/base/podinfo/release.yaml", current!.Content),
            new FileEdit.ReplaceWithRevision("argocd", head)), TestContext.Current.CancellationToken);

        Assert.Equal(new CommitResult.NoChange(head), result);
        Assert.Equal(head, world.Head);
        Assert.Equal(0, world.Emulator.Requests.CountWhere(r => r.Method != "GET"));
    }

    [Fact]
    public async Task CommitAsync_RefMovedBetweenReadAndUpdate_ReturnsConflictAndAddsNoCommit()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var plan = world.Plan("whoami: v2", FileEdit.Put.Text("argocd/whoami/deployment.yaml", "v2\n"));
        world.Emulator.Faults.MoveRefBeforeNextUpdate();

        var result = await world.Writer.CommitAsync(plan, TestContext.Current.CancellationToken);

        var conflict = Assert.IsType<CommitResult.Conflict>(result);
        Assert.Equal(plan.BaseHeadSha, conflict.ExpectedHeadSha);
        Assert.Equal(world.Head, conflict.ActualHeadSha);
        world.Inspect(repository =>
        {
            var tip = repository.Branches["main"].Tip;
            Assert.Equal("notes: foreign change 1\n", tip.Message);
            Assert.Equal([plan.BaseHeadSha], tip.Parents.Select(p => p.Sha));
            return 0;
        });
        Assert.Contains(world.Emulator.Requests.Snapshot(), r => r is { Method: "PATCH", Status: 422 });
    }

    [Fact]
    public async Task CommitAsync_StaleBaseHead_ReturnsConflictWithoutWriting()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var plan = world.Plan("whoami: v2", FileEdit.Put.Text("argocd/whoami/deployment.yaml", "v2\n"));
        var pushed = world.Repository.CommitForeignChange();

        var result = await world.Writer.CommitAsync(plan, TestContext.Current.CancellationToken);

        Assert.Equal(new CommitResult.Conflict(plan.BaseHeadSha, pushed), result);
        Assert.Equal(0, world.Emulator.Requests.CountWhere(r => r.Method != "GET"));
    }

    [Fact]
    public async Task CommitAsync_ServerError_ReturnsFailedNamingStepAndStatus()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        world.Emulator.Faults.FailNextRequests(1);

        var result = await world.Writer.CommitAsync(world.Plan("x", FileEdit.Put.Text("a.txt", "a\n")), TestContext.Current.CancellationToken);

        var failed = Assert.IsType<CommitResult.Failed>(result);
        Assert.Contains("reading the branch head", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("502", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(world.Repository.Sha(SeedLabels.PodinfoChart68), world.Head);
    }

    [Fact]
    public async Task OpenPullRequestAsync_NewBranch_CommitsThereAndOpensPullRequest()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var head = world.Head;

        var result = await world.Writer.OpenPullRequestAsync(
            world.Plan("whoami: v1.12.0", FileEdit.Put.Text("argocd/whoami/deployment.yaml", "v1.12.0\n")),
            new PullRequestPlan("dashboard/whoami-v1.12.0", "whoami: v1.12.0"), TestContext.Current.CancellationToken);

        var opened = Assert.IsType<CommitResult.PullRequestOpened>(result);
        Assert.Equal(1, opened.Number);
        Assert.EndsWith("/homelab/fleet-infra/pull/1", opened.Url, StringComparison.Ordinal);
        Assert.Equal(head, world.Head);
        Assert.Equal(opened.Sha, world.Repository.HeadOf("dashboard/whoami-v1.12.0"));
        var pr = Assert.Single(world.Emulator.PullRequests);
        Assert.Equal(("dashboard/whoami-v1.12.0", "main"), (pr.Head, pr.Base));
    }
}
