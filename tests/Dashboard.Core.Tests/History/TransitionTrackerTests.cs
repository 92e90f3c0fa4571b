using Dashboard.Core.Cluster;
using Dashboard.Core.History;
using Dashboard.Core.Streaming;
using Dashboard.Testing;

namespace Dashboard.Core.Tests.History;

public sealed class TransitionTrackerTests
{
    [Fact]
    public void Apply_InitialSnapshotOnly_RecordsNothing()
    {
        var store = new ClusterStore();
        store.Upsert(Build.App("podinfo", health: HealthState.Degraded));
        store.Upsert(Build.Volume("data", "faulted"));
        using var subscription = store.Subscribe();

        var tracker = new TransitionTracker(subscription.Snapshot);

        Assert.Empty(tracker.Apply(Drain(subscription)));
    }

    [Fact]
    public void Apply_ChangesAfterSnapshot_YieldsOnlyRealTransitions()
    {
        var store = new ClusterStore();
        store.Upsert(Build.App("podinfo"));
        using var subscription = store.Subscribe();
        var tracker = new TransitionTracker(subscription.Snapshot);

        store.Upsert(Build.App("podinfo", health: HealthState.Degraded));
        store.Upsert(Build.App("podinfo", health: HealthState.Degraded, message: "same health, new message"));
        store.Upsert(Build.App("new-app", health: HealthState.Degraded));
        store.Upsert(Build.App("podinfo"));

        var changes = tracker.Apply(Drain(subscription));

        Assert.Equal([("podinfo", "Healthy", "Degraded"), ("podinfo", "Degraded", "Healthy")],
            changes.Select(c => (c.Key.Name, c.From, c.To)));
    }

    [Fact]
    public void Apply_DeletedThenRecreated_TreatsItAsNew()
    {
        var store = new ClusterStore();
        store.Upsert(Build.App("podinfo"));
        using var subscription = store.Subscribe();
        var tracker = new TransitionTracker(subscription.Snapshot);

        store.Delete(Build.App("podinfo").Key);
        store.Upsert(Build.App("podinfo", health: HealthState.Missing));

        Assert.Empty(tracker.Apply(Drain(subscription)));
    }

    [Fact]
    public void Apply_FailedBackupInFirstListThenAnotherAfterWatching_RecordsOnlyTheLaterOne()
    {
        var store = new ClusterStore();
        using var subscription = store.Subscribe();
        var tracker = new TransitionTracker(subscription.Snapshot);

        store.ReplaceAll(Build.Cluster, ResourceKind.LonghornBackup, [FailedBackup("old")]);
        store.SetWatchState(new KindWatchState(Build.Cluster, ResourceKind.LonghornBackup, WatchPhase.Watching, null, Build.Now));
        store.Upsert(FailedBackup("new"));

        Assert.Equal(["new"], tracker.Apply(Drain(subscription)).Select(c => c.Key.Name));
    }

    [Fact]
    public void Apply_Resync_ComparesAgainstTheNewSnapshot()
    {
        var tracker = new TransitionTracker(Snapshot(Build.Volume("data")));
        var resync = ClusterChange.Resynced(Snapshot(Build.Volume("data", "degraded"), Build.Volume("other", "faulted")));

        var change = Assert.Single(tracker.Apply([resync]));

        Assert.Equal(("data", "healthy", "degraded"), (change.Key.Name, change.From, change.To));
    }

    private static BackupStatus FailedBackup(string name) => new()
    {
        Key = new ResourceKey(Build.Cluster, ResourceKind.LonghornBackup, "longhorn-system", name),
        VolumeName = "data",
        State = "Error",
    };

    private static ClusterSnapshot Snapshot(params IClusterItem[] items)
    {
        var store = new ClusterStore();
        foreach (var item in items)
        {
            store.Upsert(item);
        }

        return store.Current;
    }

    private static List<ClusterChange> Drain(ClusterSubscription subscription)
    {
        var changes = new List<ClusterChange>();
        while (subscription.Changes.TryRead(out var change))
        {
            changes.Add(change);
        }

        return changes;
    }
}
