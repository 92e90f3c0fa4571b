using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Tests.Streaming;

public sealed class ClusterStoreTests
{
    private static ResourceKey Key(string name, ResourceKind kind = ResourceKind.Certificate, string cluster = "home") =>
        new(cluster, kind, "default", name);

    private static CertificateStatus Cert(string name, string? reason = null, string cluster = "home") =>
        new() { Key = Key(name, cluster: cluster), ReadyReason = reason };

    private static List<ClusterChange> DrainNow(ClusterSubscription subscription)
    {
        var changes = new List<ClusterChange>();
        while (subscription.Changes.TryRead(out var change))
        {
            changes.Add(change);
        }

        return changes;
    }

    [Fact]
    public void Subscribe_AfterWrites_GivesSnapshotThenLaterChanges()
    {
        var store = new ClusterStore();
        store.Upsert(Cert("a"));
        using var subscription = store.Subscribe();
        store.Upsert(Cert("b"));
        store.Delete(Key("a"));

        Assert.Equal([Key("a")], subscription.Snapshot.Items.Keys);
        var changes = DrainNow(subscription);
        Assert.Equal([ChangeType.Upsert, ChangeType.Delete], changes.Select(c => c.Type));
        Assert.Equal(Key("b"), changes[0].Key);
        Assert.True(changes[0].Version > subscription.Snapshot.Version);
        Assert.True(changes[1].Version > changes[0].Version);
        Assert.Equal([Key("b")], store.Current.Items.Keys);
    }

    [Fact]
    public void Upsert_EquivalentRecordWithNewListInstances_ProducesNoChange()
    {
        var store = new ClusterStore();
        var first = new AppStatus
        {
            Key = Key("app", ResourceKind.ArgoApplication),
            Controller = Controller.ArgoCD,
            Conditions = [new Condition("Ready", "True", "Ok", null, null)],
            History = [new SyncHistoryEntry(1, "abc", null, null)],
        };
        store.Upsert(first);
        using var subscription = store.Subscribe();

        store.Upsert(first with
        {
            Conditions = [new Condition("Ready", "True", "Ok", null, null)],
            History = [new SyncHistoryEntry(1, "abc", null, null)],
        });
        var version = store.Current.Version;
        store.Upsert(first with { Conditions = [new Condition("Ready", "False", "Failed", null, null)] });

        var changes = DrainNow(subscription);
        Assert.Single(changes);
        Assert.Equal(version + 1, changes[0].Version);
    }

    [Fact]
    public void AppsVersion_AppUpsertedOrDeleted_FollowsVersionAndIgnoresOtherKinds()
    {
        var store = new ClusterStore();
        var app = new AppStatus { Key = Key("podinfo", ResourceKind.ArgoApplication), Controller = Controller.ArgoCD };

        store.Upsert(app);
        var afterApp = store.Current.AppsVersion;
        store.Upsert(Cert("wildcard"));
        store.SetWatchState(new KindWatchState("home", ResourceKind.Certificate, WatchPhase.Watching, null, DateTimeOffset.UnixEpoch));
        var afterOthers = store.Current.AppsVersion;
        store.Delete(app.Key);

        Assert.Equal(1, afterApp);
        Assert.Equal(afterApp, afterOthers);
        Assert.Equal(4, store.Current.Version);
        Assert.Equal(store.Current.Version, store.Current.AppsVersion);
    }

    [Fact]
    public void Delete_MissingKey_ProducesNoChange()
    {
        var store = new ClusterStore();
        using var subscription = store.Subscribe();

        store.Delete(Key("ghost"));

        Assert.Empty(DrainNow(subscription));
        Assert.Equal(0, store.Current.Version);
    }

    [Fact]
    public void ReplaceAll_ItemsMissingFromList_AreDeletedOnlyForThatClusterAndKind()
    {
        var store = new ClusterStore();
        store.Upsert(Cert("kept"));
        store.Upsert(Cert("deleted-while-disconnected"));
        store.Upsert(Cert("other-cluster", cluster: "lab"));
        store.Upsert(new VolumeStatus { Key = Key("vol", ResourceKind.LonghornVolume) });
        using var subscription = store.Subscribe();

        store.ReplaceAll("home", ResourceKind.Certificate, [Cert("kept"), Cert("new")]);

        var changes = DrainNow(subscription);
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c.Type == ChangeType.Upsert && c.Key == Key("new"));
        Assert.Contains(changes, c => c.Type == ChangeType.Delete && c.Key == Key("deleted-while-disconnected"));
        Assert.Equal(4, store.Current.Items.Count);
        Assert.True(store.Current.Items.ContainsKey(Key("other-cluster", cluster: "lab")));
    }

    [Fact]
    public void ReplaceAll_ItemOfAnotherKind_Throws()
    {
        var store = new ClusterStore();

        var error = Assert.Throws<ArgumentException>(() => store.ReplaceAll("home", ResourceKind.LonghornVolume, [Cert("x")]));

        Assert.Contains("home/Certificate/default/x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetWatchState_SameStateTwice_PublishesOnce()
    {
        var store = new ClusterStore();
        using var subscription = store.Subscribe();
        var state = new KindWatchState("home", ResourceKind.Certificate, WatchPhase.Watching, null, null);

        store.SetWatchState(state);
        store.SetWatchState(state with { });

        var change = Assert.Single(DrainNow(subscription));
        Assert.Equal(state, change.Watch);
        Assert.Equal(state, store.Current.Watches[("home", ResourceKind.Certificate)]);
    }

    [Fact]
    public void Dispose_Subscription_RemovesItAndCompletesChannel()
    {
        var store = new ClusterStore();
        var subscription = store.Subscribe();
        Assert.Equal(1, store.SubscriberCount);

        subscription.Dispose();
        subscription.Dispose();
        store.Upsert(Cert("a"));

        Assert.Equal(0, store.SubscriberCount);
        Assert.True(subscription.Changes.Completion.IsCompleted);
        Assert.False(subscription.Changes.TryRead(out _));
    }

    [Fact]
    public void Publish_SlowSubscriberOverflows_GetsOneResyncWithCurrentSnapshot()
    {
        var store = new ClusterStore(subscriberCapacity: 4);
        using var slow = store.Subscribe();
        for (var i = 0; i < 9; i++)
        {
            store.Upsert(Cert($"c{i}"));
        }

        var changes = DrainNow(slow);

        // c4 overflowed the queue and replaced it with a Resync; c5..c7 filled it again and c8
        // overflowed once more: the reader finds one Resync holding all nine items.
        var resync = Assert.Single(changes);
        Assert.Equal(ChangeType.Resync, resync.Type);
        Assert.NotNull(resync.Snapshot);
        Assert.Equal(store.Current.Version, resync.Version);
        Assert.Equal(9, resync.Snapshot.Items.Count);
    }

    [Fact]
    public void Publish_AfterResync_ChangesFollowInOrder()
    {
        var store = new ClusterStore(subscriberCapacity: 2);
        using var slow = store.Subscribe();
        store.Upsert(Cert("a"));
        store.Upsert(Cert("b"));
        store.Upsert(Cert("c"));
        store.Upsert(Cert("d"));

        var changes = DrainNow(slow);

        Assert.Equal([ChangeType.Resync, ChangeType.Upsert], changes.Select(c => c.Type));
        Assert.Equal(3, changes[0].Snapshot!.Items.Count);
        Assert.Equal(Key("d"), changes[1].Key);
    }

    [Fact]
    public async Task Subscribe_WhileWriterRuns_EveryItemSeenExactlyOnce()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        const int writes = 3000;
        var store = new ClusterStore(subscriberCapacity: writes + 10);
        using var start = new ManualResetEventSlim();
        var writer = Task.Run(() =>
        {
            start.Wait(cancellationToken);
            for (var i = 0; i < writes; i++)
            {
                store.Upsert(Cert($"c{i}"));
            }
        }, cancellationToken);

        var subscriptions = new List<ClusterSubscription>();
        start.Set();
        for (var i = 0; i < 50; i++)
        {
            subscriptions.Add(store.Subscribe());
            await Task.Yield();
        }

        await writer.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

        foreach (var subscription in subscriptions)
        {
            var seen = subscription.Snapshot.Items.Keys.Select(k => k.Name).ToList();
            var changes = DrainNow(subscription);
            Assert.DoesNotContain(changes, c => c.Version <= subscription.Snapshot.Version);
            seen.AddRange(changes.Select(c => c.Key!.Name));
            Assert.Equal(writes, seen.Count);
            Assert.Equal(writes, seen.Distinct().Count());
            subscription.Dispose();
        }
    }
}
