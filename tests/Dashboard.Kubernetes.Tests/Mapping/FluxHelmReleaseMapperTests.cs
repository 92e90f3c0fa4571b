using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class FluxHelmReleaseMapperTests
{
    private static AppStatus Map(string name) =>
        new FluxHelmReleaseMapper().MapTyped(FixtureObjects.Cluster, FixtureObjects.Named(FixtureObjects.HelmReleases, name));

    [Fact]
    public void Map_EveryFixture_ReadsWithoutUnreadableFields()
    {
        Assert.Equal(["podinfo", "kube-prometheus-stack"], FixtureObjects.Names(FixtureObjects.HelmReleases));
        Assert.All(FixtureObjects.Names(FixtureObjects.HelmReleases), name => Assert.Empty(Map(name).UnreadableFields));
    }

    [Fact]
    public void Map_Podinfo_ReadyWithChartRefHistoryAndInventory()
    {
        var app = Map("podinfo");

        Assert.Equal(HealthState.Healthy, app.Health);
        Assert.Equal(SyncState.Synced, app.Sync);
        Assert.Equal("6.6.1+0cc9a8446c95", app.ChartVersion);
        Assert.Equal("6.6.1+0cc9a8446c95", app.Revision);
        Assert.Equal("OCIRepository/podinfo/podinfo", app.Source!.SourceRef);
        Assert.Equal("podinfo", app.Source.Chart);
        Assert.Equal(2, app.History.Count);
        Assert.Equal(new SyncHistoryEntry(2, "6.6.1+0cc9a8446c95", DateTimeOffset.Parse("2024-05-07T04:54:21Z"),
            DateTimeOffset.Parse("2024-05-07T04:54:55Z"), "deployed", "6.6.1+0cc9a8446c95"), app.History[0]);
        Assert.Equal("superseded", app.History[1].Status);
        Assert.Equal(3, app.Resources.Count);
        Assert.Contains("Helm test succeeded", app.Message);
        Assert.Contains(app.Conditions, c => c.Type == "TestSuccess" && c.IsTrue);
        Assert.Equal(0, app.LastOperation!.RetryCount);
    }

    [Fact]
    public void Map_KubePrometheusStack_UpgradeFailedStalledWithCounters()
    {
        var app = Map("kube-prometheus-stack");

        Assert.Equal(HealthState.Degraded, app.Health);
        Assert.Equal(SyncState.OutOfSync, app.Sync);
        Assert.Equal("65.8.1", app.Revision);
        Assert.Equal("66.2.1", app.AttemptedRevision);
        Assert.Equal(new AppSource("", "", "66.2.1", "kube-prometheus-stack", "HelmRepository/flux-system/prometheus-community"), app.Source);
        Assert.Equal("Helm upgrade failed for release monitoring/kube-prometheus-stack with chart kube-prometheus-stack@66.2.1: context deadline exceeded", app.Message);
        Assert.Equal("Failed", app.LastOperation!.Phase);
        Assert.Equal(4, app.LastOperation.RetryCount);
        Assert.Equal(["failed", "deployed"], app.History.Select(h => h.Status));
        Assert.Equal([7L, 6L], app.History.Select(h => h.Id));
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T09:59:01Z"), app.LastSyncedAt);
    }

    [Fact]
    public void Map_V2Beta2Shape_ReadsChartSpecAndSeparateCounters()
    {
        var json = JsonDocument.Parse("""
            {"apiVersion":"helm.toolkit.fluxcd.io/v2beta2","kind":"HelmRelease","metadata":{"name":"traefik","namespace":"kube-system"},
             "spec":{"chart":{"spec":{"chart":"traefik","version":"33.x","sourceRef":{"kind":"HelmRepository","name":"traefik","namespace":"flux-system"}}}},
             "status":{"conditions":[{"type":"Ready","status":"False","reason":"InstallFailed","message":"install failed"}],
                       "installFailures":2,"upgradeFailures":1,"lastAttemptedRevision":"33.1.0",
                       "history":[{"chartName":"traefik","chartVersion":"33.0.0","status":"deployed","version":3,"digest":"sha256:x",
                                   "firstDeployed":"2026-01-01T00:00:00Z","lastDeployed":"2026-02-01T00:00:00Z"}]}}
            """).RootElement;

        var app = new FluxHelmReleaseMapper().MapTyped("c", json);

        Assert.Equal("traefik", app.Source!.Chart);
        Assert.Equal("33.x", app.Source.TargetRevision);
        Assert.Equal("HelmRepository/flux-system/traefik", app.Source.SourceRef);
        Assert.Equal("33.0.0", app.ChartVersion);
        Assert.Equal(SyncState.OutOfSync, app.Sync);
        Assert.Equal(3, app.LastOperation!.RetryCount);
        Assert.Empty(app.UnreadableFields);
    }
}
