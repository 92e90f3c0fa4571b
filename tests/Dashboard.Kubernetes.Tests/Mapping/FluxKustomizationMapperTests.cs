using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class FluxKustomizationMapperTests
{
    private const string MainSha = "4a7c2e9f1b3d5e7a9c0b2d4f6e8a1c3b5d7f9e0a";
    private const string OldSha = "c0ffee1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c";

    private static AppStatus Map(string name) =>
        new FluxKustomizationMapper().MapTyped(FixtureObjects.Cluster, FixtureObjects.Named(FixtureObjects.Kustomizations, name));

    [Fact]
    public void Map_EveryFixture_ReadsWithoutUnreadableFields()
    {
        foreach (var name in FixtureObjects.Names(FixtureObjects.Kustomizations))
        {
            var app = Map(name);
            Assert.Equal(name, app.Key.Name);
            Assert.Equal(Controller.Flux, app.Controller);
            Assert.Empty(app.UnreadableFields);
        }
    }

    [Fact]
    public void Map_Podinfo_ReadyWithShaHistoryAndInventory()
    {
        var app = Map("podinfo");

        Assert.Equal(SyncState.Synced, app.Sync);
        Assert.Equal(HealthState.Healthy, app.Health);
        Assert.Equal("132f4e719209eb10b9485302f8593fc0e680f4fc", app.Revision);
        Assert.Equal(new AppSource("", "./kustomize", "", SourceRef: "GitRepository/default/podinfo"), app.Source);
        Assert.True(app.AutoSync);
        Assert.Equal(TimeSpan.FromSeconds(2.818583), app.LastSyncDuration);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T11:54:41Z"), app.LastSyncedAt);
        var entry = Assert.Single(app.History);
        Assert.Equal("ReconciliationSucceeded", entry.Status);
        Assert.Equal("132f4e719209eb10b9485302f8593fc0e680f4fc", entry.Revision);
        Assert.Equal(
            [new ManagedResource("", "v1", "Service", "default", "podinfo", SyncState.Unknown, HealthState.Unknown),
             new ManagedResource("apps", "v1", "Deployment", "default", "podinfo", SyncState.Unknown, HealthState.Unknown),
             new ManagedResource("autoscaling", "v2", "HorizontalPodAutoscaler", "default", "podinfo", SyncState.Unknown, HealthState.Unknown)],
            app.Resources);
    }

    [Fact]
    public void Map_Apps_ReadyAndHealthyWithTwoHistoryEntries()
    {
        var app = Map("apps");

        Assert.Equal(HealthState.Healthy, app.Health);
        Assert.Equal(SyncState.Synced, app.Sync);
        Assert.Equal(MainSha, app.Revision);
        Assert.Equal("GitRepository/flux-system/flux-system", app.Source!.SourceRef);
        Assert.Equal([2L, 1L], app.History.Select(h => h.Id));
        Assert.Equal(OldSha, app.History[1].Revision);
        Assert.Equal("Succeeded", app.LastOperation!.Phase);
    }

    [Fact]
    public void Map_Monitoring_ArtifactFailedIsDegradedAndOutOfSync()
    {
        var app = Map("monitoring");

        Assert.Equal(HealthState.Degraded, app.Health);
        Assert.Equal(SyncState.OutOfSync, app.Sync);
        Assert.Equal(OldSha, app.Revision);
        Assert.Equal(MainSha, app.AttemptedRevision);
        Assert.StartsWith("kustomization path not found:", app.Message);
        Assert.Equal("ArtifactFailed", app.Conditions.Single(c => c.Type == "Ready").Reason);
        Assert.Equal("Failed", app.LastOperation!.Phase);
        Assert.Empty(app.History);
    }

    [Fact]
    public void Map_Infrastructure_HealthCheckFailedIsDegradedButApplied()
    {
        var app = Map("infrastructure");

        Assert.Equal(HealthState.Degraded, app.Health);
        Assert.Equal(SyncState.Synced, app.Sync);
        Assert.Equal("timeout waiting for: [Deployment/ingress-nginx/ingress-nginx-controller status: 'InProgress']", app.Message);
        Assert.Equal(new TimeSpan(0, 5, 0) + TimeSpan.FromSeconds(0.812337), app.LastSyncDuration);
        Assert.Equal("HealthCheckFailed", app.History[0].Status);
    }

    [Theory]
    [InlineData("""{"type":"Ready","status":"Unknown","reason":"Progressing"},{"type":"Reconciling","status":"True","reason":"Progressing"}""", false, HealthState.Progressing)]
    [InlineData("""{"type":"Ready","status":"False","reason":"X"},{"type":"Stalled","status":"True","reason":"Y"}""", false, HealthState.Degraded)]
    [InlineData("""{"type":"Ready","status":"True","reason":"X"}""", true, HealthState.Suspended)]
    [InlineData("", false, HealthState.Unknown)]
    public void Map_Conditions_MapOntoHealthScale(string conditions, bool suspend, HealthState expected)
    {
        var json = System.Text.Json.JsonDocument.Parse(
            $$$"""{"metadata":{"name":"k","namespace":"flux-system"},"spec":{"suspend":{{{(suspend ? "true" : "false")}}}},"status":{"conditions":[{{{conditions}}}]}}""").RootElement;

        var app = new FluxKustomizationMapper().MapTyped("c", json);

        Assert.Equal(expected, app.Health);
        Assert.Equal(suspend, app.Suspended);
        Assert.Equal(!suspend, app.AutoSync);
    }
}
