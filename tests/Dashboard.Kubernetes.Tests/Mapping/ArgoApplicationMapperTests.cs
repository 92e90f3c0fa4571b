using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class ArgoApplicationMapperTests
{
    private static readonly ArgoApplicationMapper Mapper = new();

    private static AppStatus Map(string name) =>
        Mapper.MapTyped(FixtureObjects.Cluster, FixtureObjects.Named(FixtureObjects.Applications, name));

    [Fact]
    public void Map_EveryFixture_ReadsKeyWithoutUnreadableFields()
    {
        var names = FixtureObjects.Names(FixtureObjects.Applications);

        Assert.Equal(["velero-test", "my-app-4", "my-app-operation-running", "home-assistant", "nextcloud"], names);
        foreach (var name in names)
        {
            var app = Map(name);
            Assert.Equal(new ResourceKey(FixtureObjects.Cluster, ResourceKind.ArgoApplication, app.Key.Namespace, name), app.Key);
            Assert.Equal(Controller.ArgoCD, app.Controller);
            Assert.Empty(app.UnreadableFields);
        }
    }

    [Fact]
    public void Map_VeleroTest_SyncedHealthyWithHistoryAndSucceededOperation()
    {
        var app = Map("velero-test");

        Assert.Equal("argo-cd", app.Key.Namespace);
        Assert.Equal(SyncState.Synced, app.Sync);
        Assert.Equal(HealthState.Healthy, app.Health);
        Assert.Equal("rev1", app.Revision);
        Assert.Equal(new AppSource("https://github.com/foo/manifests-velero.git", "instances/test", "test-lla"), app.Source);
        Assert.False(app.AutoSync);
        Assert.Equal(10, app.History.Count);
        Assert.Equal(14, app.History[0].Id);
        Assert.Equal(23, app.History[^1].Id);
        Assert.Equal("ea8759964626a583667a2bfd08f334ec2070040a", app.History[^1].Revision);
        Assert.Equal("Succeeded", app.LastOperation!.Phase);
        Assert.Equal("ea8759964626a583667a2bfd08f334ec2070040a", app.LastOperation.Revision);
        Assert.Equal(DateTimeOffset.Parse("2024-03-05T07:33:04Z"), app.LastSyncedAt);
        Assert.Equal(TimeSpan.FromSeconds(1), app.LastSyncDuration);
        Assert.Equal("successfully synced (all tasks run)", app.Message);
        Assert.Collection(app.Resources,
            r => Assert.Equal(new ManagedResource("", "v1", "Service", "test-lla", "test-lla", SyncState.Synced, HealthState.Healthy), r),
            r => Assert.Equal(new ManagedResource("apps", "v1", "Deployment", "test-lla", "test-lla", SyncState.Synced, HealthState.Healthy), r));
    }

    [Fact]
    public void Map_MyApp4_OutOfSyncDegradedWithArgoConditions()
    {
        var app = Map("my-app-4");

        Assert.Equal(SyncState.OutOfSync, app.Sync);
        Assert.Equal(HealthState.Degraded, app.Health);
        Assert.Null(app.Revision);
        Assert.Null(app.LastOperation);
        Assert.Equal(3, app.Conditions.Count);
        Assert.All(app.Conditions, c => Assert.Equal("", c.Status));
        Assert.Equal("OrphanedResourceWarning", app.Conditions[0].Type);
        Assert.Equal("Application has 1 orphaned resources", app.Message);
        Assert.Equal(DateTimeOffset.Parse("2024-08-07T12:25:40Z"), app.Conditions[0].LastTransitionTime);
    }

    [Fact]
    public void Map_OperationRunning_ProgressingWithRunningOperation()
    {
        var app = Map("my-app-operation-running");

        Assert.Equal(SyncState.OutOfSync, app.Sync);
        Assert.Equal(HealthState.Progressing, app.Health);
        Assert.Equal("Running", app.LastOperation!.Phase);
        Assert.Equal(DateTimeOffset.Parse("2025-01-29T08:42:34Z"), app.LastOperation.StartedAt);
        Assert.Null(app.LastOperation.FinishedAt);
        Assert.Null(app.LastSyncedAt);
        Assert.Equal("Sync operation running", app.Message);
    }

    [Fact]
    public void Map_HomeAssistant_AutomatedSyncedHealthy()
    {
        var app = Map("home-assistant");

        Assert.True(app.AutoSync);
        Assert.False(app.Suspended);
        Assert.Equal(SyncState.Synced, app.Sync);
        Assert.Equal(HealthState.Healthy, app.Health);
        Assert.Equal("9b1f0c3d2e4a5b6c7d8e9f00112233445566778a", app.Revision);
        Assert.Equal(new AppSource("https://github.com/example/homelab.git", "apps/home-assistant", "main"), app.Source);
        Assert.Null(app.ChartVersion);
        Assert.Equal(TimeSpan.FromSeconds(4), app.LastSyncDuration);
        var entry = Assert.Single(app.History);
        Assert.Equal(17, entry.Id);
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T18:02:14Z"), entry.DeployedAt);
        Assert.Equal(2, app.Resources.Count);
    }

    [Fact]
    public void Map_Nextcloud_FailedOperationWithRetriesAndSyncErrorMessage()
    {
        var app = Map("nextcloud");

        Assert.Equal(SyncState.OutOfSync, app.Sync);
        Assert.Equal(HealthState.Degraded, app.Health);
        Assert.Equal("Failed", app.LastOperation!.Phase);
        Assert.Equal(5, app.LastOperation.RetryCount);
        Assert.Equal("8.5.2", app.LastOperation.Revision);
        Assert.Equal("8.5.2", app.AttemptedRevision);
        Assert.Equal(TimeSpan.Parse("00:02:21"), app.LastOperation.Duration);
        Assert.StartsWith("Failed sync attempt to 8.5.2: one or more objects failed to apply", app.Message);
        Assert.Equal("nextcloud", app.Source!.Chart);
        Assert.Equal("8.5.2", app.ChartVersion);
        var history = Assert.Single(app.History);
        Assert.Equal("8.5.1", history.ChartVersion);
        var deployment = app.Resources.Single(r => r.Kind == "Deployment");
        Assert.Equal(HealthState.Degraded, deployment.Health);
        Assert.Equal(SyncState.OutOfSync, deployment.Sync);
        Assert.Equal("Deployment \"nextcloud\" exceeded its progress deadline", deployment.Message);
        Assert.Equal(HealthState.Unknown, app.Resources.Single(r => r.Kind == "ConfigMap").Health);
    }

    [Fact]
    public void Map_MultiSource_ReadsEverySourceAndRevision()
    {
        var json = System.Text.Json.JsonDocument.Parse("""
            {"metadata":{"name":"multi","namespace":"argocd"},
             "spec":{"sources":[{"repoURL":"https://charts.example.com","chart":"app","targetRevision":"1.2.3"},
                                {"repoURL":"https://github.com/example/values.git","targetRevision":"main","ref":"values"}]},
             "status":{"sync":{"status":"Synced","revisions":["1.2.3","abc123"]},"health":{"status":"Healthy"},
                       "history":[{"id":1,"revisions":["1.2.0","abc000"],"deployedAt":"2026-11-01T00:00:00Z"}]}}
            """).RootElement;

        var app = Mapper.MapTyped("c", json);

        Assert.Equal("1.2.3", app.Revision);
        Assert.Equal(["1.2.3", "abc123"], app.Revisions);
        Assert.Equal(2, app.Sources.Count);
        Assert.Equal("app", app.Source!.Chart);
        Assert.Equal("1.2.0", app.History[0].Revision);
        Assert.Empty(app.UnreadableFields);
    }
}
