using Dashboard.Core.GitOps;
using Dashboard.Sandbox.GitHub;

namespace Dashboard.Git.Tests.GitHub;

/// <summary>The diff of one sync-history step, read through Octokit from the emulator's real repository.</summary>
public sealed class PathDiffTests : IAsyncLifetime
{
    private GitHubTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await GitHubTestWorld.StartAsync();

    [Fact]
    public async Task CreateAsync_ImageBumpBetweenTwoRevisions_ShowsOnlyThatLine()
    {
        var from = _world.Repository.Sha(SeedLabels.Whoami1102);
        var to = _world.Repository.Sha(SeedLabels.Whoami1110);

        var diff = await PathDiff.CreateAsync(_world.Reader, GitHubTestWorld.Repo, "argocd/whoami", from, to, TestContext.Current.CancellationToken);

        Assert.Contains("--- a/argocd/whoami/deployment.yaml", diff, StringComparison.Ordinal);
        var lines = diff.Split('\n');
        var removed = Assert.Single(lines, line => line.StartsWith('-') && !line.StartsWith("---", StringComparison.Ordinal));
        var added = Assert.Single(lines, line => line.StartsWith('+') && !line.StartsWith("+++", StringComparison.Ordinal));
        Assert.EndsWith("image: traefik/whoami:v1.10.2", removed, StringComparison.Ordinal);
        Assert.EndsWith("image: traefik/whoami:v1.11.0", added, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_CommitOutsideThePath_IsEmpty()
    {
        var from = _world.Repository.Sha(SeedLabels.Whoami1110);
        var to = _world.Repository.Sha(SeedLabels.PodinfoChart68);

        var diff = await PathDiff.CreateAsync(_world.Reader, GitHubTestWorld.Repo, "argocd/whoami", from, to, TestContext.Current.CancellationToken);

        Assert.Equal("", diff);
    }

    [Fact]
    public async Task CreateAsync_FolderAddedLater_ShowsAddedFiles()
    {
        var initial = _world.Repository.Sha(SeedLabels.Initial);
        var argo = _world.Repository.Sha(SeedLabels.ArgoApps);

        var diff = await PathDiff.CreateAsync(_world.Reader, GitHubTestWorld.Repo, "argocd/whoami", initial, argo, TestContext.Current.CancellationToken);

        Assert.Contains("--- /dev/null", diff, StringComparison.Ordinal);
        Assert.Contains("+++ b/argocd/whoami/deployment.yaml", diff, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();
}
