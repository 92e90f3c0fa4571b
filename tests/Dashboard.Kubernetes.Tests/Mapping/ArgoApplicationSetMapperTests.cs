using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class ArgoApplicationSetMapperTests
{
    private static AppStatus Map(string name) =>
        new ArgoApplicationSetMapper().MapTyped(FixtureObjects.Cluster, FixtureObjects.Named(FixtureObjects.ApplicationSets, name));

    [Theory]
    [InlineData("cluster-git-healthy", HealthState.Healthy, "ApplicationSet up to date")]
    [InlineData("cluster-git-error", HealthState.Degraded, "found less than two generators, Merge requires two or more")]
    [InlineData("cluster-git-progressive", HealthState.Progressing, "ApplicationSet is performing rollout of step 1")]
    [InlineData("homelab-apps", HealthState.Degraded, "1 of 2 applications unhealthy: nextcloud")]
    public void Map_Fixture_HealthFromConditionsAndChildren(string name, HealthState health, string message)
    {
        var set = Map(name);

        Assert.Equal(ResourceKind.ArgoApplicationSet, set.Key.Kind);
        Assert.Equal(Controller.ArgoCD, set.Controller);
        Assert.Equal(health, set.Health);
        Assert.Equal(message, set.Message);
        Assert.Empty(set.UnreadableFields);
    }

    [Fact]
    public void Map_HomelabApps_RollsUpChildAppsAndTemplate()
    {
        var set = Map("homelab-apps");

        Assert.Equal(SyncState.OutOfSync, set.Sync);
        Assert.True(set.AutoSync);
        Assert.Equal("https://github.com/example/homelab.git", set.Source!.RepoUrl);
        Assert.Equal(["home-assistant", "nextcloud"], set.Resources.Select(r => r.Name));
        Assert.Equal(HealthState.Degraded, set.Resources[1].Health);
    }

    [Fact]
    public void Map_SetWithoutResources_SyncUnknown()
    {
        Assert.Equal(SyncState.Unknown, Map("cluster-git-healthy").Sync);
    }
}
