using Dashboard.Core.GitOps;
using static Dashboard.Core.Tests.Repositories.RepositoryWorld;

namespace Dashboard.Core.Tests.Repositories;

public sealed class CommitLinksTests
{
    [Fact]
    public void ForBranch_AppBehindHead_RunningPendingAndReached()
    {
        var whoami = Argo("whoami", "argocd/whoami", "c3");
        var apps = Kustomization("apps", "./apps/production", "c5");
        var cluster = Snapshot(FluxSource(), whoami, apps);
        var deployments = SourceResolver.Deployments(cluster);

        var links = CommitLinks.ForBranch(State(), deployments).ToDictionary(l => l.Commit.Sha);

        Assert.Equal(["apps"], links["c5"].RunningOn.Select(a => a.Key.Name));
        Assert.Equal(["whoami"], links["c5"].PendingFor.Select(a => a.Key.Name));
        Assert.Empty(links["c4"].PendingFor);
        Assert.Equal(["whoami"], links["c3"].RunningOn.Select(a => a.Key.Name));
        Assert.Equal(["apps"], links["c3"].ReachedBy.Select(a => a.Key.Name));
        Assert.Equal(["whoami"], links["c2"].ReachedBy.Select(a => a.Key.Name));
        Assert.Empty(links["c1"].ReachedBy);
    }

    [Fact]
    public void ForApp_PendingCommits_OnlyThoseTouchingItsPath()
    {
        var whoami = Argo("whoami", "argocd/whoami", "c3");
        var deployment = SourceResolver.Resolve(Snapshot(whoami), whoami)!;

        var pending = CommitLinks.ForApp(State(), deployment);

        Assert.Equal(["c5"], pending.Pending.Select(c => c.Sha));
        Assert.True(pending.RevisionInWindow);
        Assert.False(pending.UpToDate);
    }

    [Fact]
    public void ForApp_AtHead_UpToDate()
    {
        var apps = Kustomization("apps", "apps/production", "c5");
        var deployment = SourceResolver.Resolve(Snapshot(FluxSource(), apps), apps)!;

        Assert.True(CommitLinks.ForApp(State(), deployment).UpToDate);
        Assert.Equal("apps/production", deployment.Path);
    }

    [Fact]
    public void ForApp_RevisionOlderThanWindow_EveryTouchingCommitPending()
    {
        var whoami = Argo("whoami", "argocd/whoami", "0000000000000000000000000000000000000000");
        var deployment = SourceResolver.Resolve(Snapshot(whoami), whoami)!;

        var pending = CommitLinks.ForApp(State(), deployment);

        Assert.Equal(["c5", "c2"], pending.Pending.Select(c => c.Sha));
        Assert.False(pending.RevisionInWindow);
    }

    [Theory]
    [InlineData("argocd/whoami/deployment.yaml", "argocd/whoami", true)]
    [InlineData("argocd/whoami-two/deployment.yaml", "argocd/whoami", false)]
    [InlineData("argocd/whoami", "argocd/whoami", true)]
    [InlineData("anything", "", true)]
    public void Touches_PathPrefixOnFolderBoundaries(string file, string path, bool expected) =>
        Assert.Equal(expected, CommitLinks.Touches(Commit("x", file), path));
}
