using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class FluxGitRepositoryMapperTests
{
    private static GitSourceStatus Map(string name) =>
        new FluxGitRepositoryMapper().MapTyped(FixtureObjects.Cluster, FixtureObjects.Named(FixtureObjects.GitRepositories, name));

    [Theory]
    [InlineData("podinfo", "https://github.com/stefanprodan/podinfo", "master", "132f4e719209eb10b9485302f8593fc0e680f4fc", true, "2026-11-23T11:23:36Z")]
    [InlineData("flux-system", "ssh://git@github.com/example/homelab", "main", "4a7c2e9f1b3d5e7a9c0b2d4f6e8a1c3b5d7f9e0a", true, "2026-11-23T11:58:02Z")]
    [InlineData("homelab-private", "https://github.com/example/homelab-private.git", "main", "e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9", false, "2026-11-18T06:12:40Z")]
    public void Map_Fixture_ReadsUrlRefRevisionAndReadiness(string name, string url, string branch, string sha, bool ready, string fetchedAt)
    {
        var source = Map(name);

        Assert.Equal(ResourceKind.FluxGitRepository, source.Key.Kind);
        Assert.Equal(url, source.Url);
        Assert.Equal(branch, source.Branch);
        Assert.Null(source.Tag);
        Assert.Equal(sha, source.Revision);
        Assert.Equal(ready, source.Ready);
        Assert.Equal(DateTimeOffset.Parse(fetchedAt), source.FetchedAt);
        Assert.False(source.Suspended);
        Assert.Empty(source.UnreadableFields);
    }

    [Fact]
    public void Map_HomelabPrivate_KeepsFailureMessage()
    {
        var source = Map("homelab-private");

        Assert.Contains("authentication required", source.Message);
        Assert.Contains(source.Conditions, c => c.Type == "FetchFailed" && c.IsTrue);
    }
}
