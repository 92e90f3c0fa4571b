using System.Collections.Immutable;
using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Web.Hubs;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.ExternalClients;

public sealed class StatusChangesBuilderTests
{
    private static readonly ResourceKey AppKey = new("home", ResourceKind.ArgoApplication, "argocd", "whoami");
    private static readonly ResourceKey CertKey = new("home", ResourceKind.Certificate, "infra", "wildcard");
    private readonly ProblemFinder _finder = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Build_UpsertsAndDeletes_GroupedPerKindWithKeys()
    {
        var app = new AppStatus { Key = AppKey, Controller = Controller.ArgoCD, Health = HealthState.Degraded };
        ClusterChange[] batch = [ClusterChange.Upserted(app, 1), ClusterChange.Deleted(CertKey, 2)];

        var changes = StatusChangesBuilder.Build(batch, Snapshot(2, app), _finder.Evaluate(Snapshot(2, app)));

        Assert.NotNull(changes);
        Assert.Equal(2, changes.Version);
        Assert.Equal(app, Assert.Single(changes.Apps!.Upserted));
        Assert.Empty(changes.Apps.Removed);
        Assert.Equal(CertKey, Assert.Single(changes.Certificates!.Removed));
        Assert.Null(changes.Volumes);
        Assert.Null(changes.Watches);
        Assert.False(changes.AllGreen);
    }

    [Fact]
    public void Build_UpsertThenDeleteOfTheSameKey_IsOneRemoval()
    {
        var app = new AppStatus { Key = AppKey, Controller = Controller.ArgoCD };
        ClusterChange[] batch = [ClusterChange.Upserted(app, 1), ClusterChange.Deleted(AppKey, 2)];

        var changes = StatusChangesBuilder.Build(batch, Snapshot(2), _finder.Evaluate(Snapshot(2)));

        Assert.Empty(changes!.Apps!.Upserted);
        Assert.Equal(AppKey, Assert.Single(changes.Apps.Removed));
    }

    [Fact]
    public void Build_OnlyEvents_IsNothingToSend()
    {
        var ev = new ClusterEvent(new ResourceKey("home", ResourceKind.Event, "argocd", "e1"), "Application", "argocd", "whoami", "Normal", null, null, 1, null, null);

        Assert.Null(StatusChangesBuilder.Build([ClusterChange.Upserted(ev, 1)], Snapshot(1), _finder.Evaluate(Snapshot(1))));
    }

    [Fact]
    public void Build_WatchStateChange_IsListedLastStateWins()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        ClusterChange[] batch =
        [
            ClusterChange.WatchChanged(new KindWatchState("home", ResourceKind.Certificate, WatchPhase.Reconnecting, "x", now, 1), 1),
            ClusterChange.WatchChanged(new KindWatchState("home", ResourceKind.Certificate, WatchPhase.Watching, null, now), 2),
        ];

        var changes = StatusChangesBuilder.Build(batch, Snapshot(2), _finder.Evaluate(Snapshot(2)));

        Assert.Equal(WatchPhase.Watching, Assert.Single(changes!.Watches!).Phase);
    }

    [Fact]
    public void NeedsSnapshot_Resync_IsTrue()
    {
        Assert.True(StatusChangesBuilder.NeedsSnapshot([ClusterChange.Resynced(Snapshot(5))]));
        Assert.False(StatusChangesBuilder.NeedsSnapshot([ClusterChange.Deleted(AppKey, 5)]));
    }

    private static ClusterSnapshot Snapshot(long version, params IClusterItem[] items) =>
        new(version, items.ToImmutableDictionary(i => i.Key), ImmutableDictionary<(string, ResourceKind), KindWatchState>.Empty);
}
