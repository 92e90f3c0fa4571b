using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Tests.Watching;

public sealed class NamespaceStoreWriterTests
{
    [Fact]
    public void ReplaceAll_OneNamespace_KeepsTheOtherNamespacesObjects()
    {
        var store = new ClusterStore();
        var states = new KindWatchStateMerger(store, ["a", "b"]);
        var a = new NamespaceStoreWriter(store, "a", states);
        var b = new NamespaceStoreWriter(store, "b", states);
        a.ReplaceAll("c", ResourceKind.Certificate, [Item("a", "one"), Item("a", "two")]);
        b.ReplaceAll("c", ResourceKind.Certificate, [Item("b", "one")]);

        a.ReplaceAll("c", ResourceKind.Certificate, [Item("a", "two")]);

        Assert.Equal(["c/Certificate/a/two", "c/Certificate/b/one"],
            store.Current.Items.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplaceAll_ItemFromAnotherNamespace_RefusedAndStoreUnchanged()
    {
        var store = new ClusterStore();
        var states = new KindWatchStateMerger(store, ["a", "b"]);
        var a = new NamespaceStoreWriter(store, "a", states);
        a.ReplaceAll("c", ResourceKind.Certificate, [Item("a", "one")]);

        var error = Assert.Throws<ArgumentException>(() => a.ReplaceAll("c", ResourceKind.Certificate, [Item("a", "two"), Item("b", "stray")]));

        Assert.Contains("c/Certificate/b/stray", error.Message, StringComparison.Ordinal);
        Assert.Equal(["c/Certificate/a/one"], store.Current.Items.Keys.Select(k => k.ToString()));
    }

    [Fact]
    public void SetWatchState_FromEachNamespace_StoreHoldsTheMergedState()
    {
        var store = new ClusterStore();
        var states = new KindWatchStateMerger(store, ["a", "b"]);
        var syncedAt = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

        new NamespaceStoreWriter(store, "a", states).SetWatchState(new("c", ResourceKind.Certificate, WatchPhase.Watching, null, syncedAt));
        new NamespaceStoreWriter(store, "b", states).SetWatchState(new("c", ResourceKind.Certificate, WatchPhase.Reconnecting, "reset", syncedAt, 1));

        var state = store.Current.Watches[("c", ResourceKind.Certificate)];
        Assert.Equal(WatchPhase.Reconnecting, state.Phase);
        Assert.Equal("namespace b: reset", state.Message);
    }

    [Fact]
    public void CollectionPath_InNamespace_NamespacedTypesOnly()
    {
        var certificates = WatchedKinds.Certificate.Preferred;
        var namespaces = WatchedKinds.Namespace.Preferred;

        Assert.Equal("/apis/cert-manager.io/v1/certificates", certificates.CollectionPath);
        Assert.Equal("/apis/cert-manager.io/v1/namespaces/home/certificates", certificates.In("home").CollectionPath);
        Assert.Equal("/api/v1/namespaces/home/events", WatchedKinds.Event.Preferred.In("home").CollectionPath);
        Assert.Equal("/api/v1/namespaces", namespaces.In("home").CollectionPath);
        Assert.Null(namespaces.In("home").ListNamespace);
    }

    private static CertificateStatus Item(string ns, string name) => new() { Key = new ResourceKey("c", ResourceKind.Certificate, ns, name) };
}
