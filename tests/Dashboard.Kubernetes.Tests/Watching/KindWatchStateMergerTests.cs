using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Tests.Watching;

public sealed class KindWatchStateMergerTests
{
    private static readonly DateTimeOffset _early = new(2026, 11, 23, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _late = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Set_OneNamespaceNotHeardFrom_KindStaysStarting()
    {
        var store = new ClusterStore();
        var merger = new KindWatchStateMerger(store, ["a", "b"]);

        merger.Set("a", State(WatchPhase.Watching, null, _late));

        var state = store.Current.Watches[("c", ResourceKind.ArgoApplication)];
        Assert.Equal(WatchPhase.Starting, state.Phase);
        Assert.Null(state.SyncedAt);
    }

    [Fact]
    public void Set_AllWatching_WatchingAsOfTheLeastRecentlySynced()
    {
        var store = new ClusterStore();
        var merger = new KindWatchStateMerger(store, ["a", "b"]);

        merger.Set("a", State(WatchPhase.Watching, null, _late));
        merger.Set("b", State(WatchPhase.Watching, null, _early));

        var state = store.Current.Watches[("c", ResourceKind.ArgoApplication)];
        Assert.Equal(WatchPhase.Watching, state.Phase);
        Assert.Equal(_early, state.SyncedAt);
        Assert.Null(state.Message);
    }

    [Fact]
    public void Set_OneNamespaceForbidden_KindForbiddenNamingTheNamespace()
    {
        var store = new ClusterStore();
        var merger = new KindWatchStateMerger(store, ["a", "b"]);

        merger.Set("a", State(WatchPhase.Watching, null, _late));
        merger.Set("b", State(WatchPhase.Forbidden, "no permission to list applications.argoproj.io", _early, errors: 2));
        merger.Set("a", State(WatchPhase.Reconnecting, "connection reset", _late, errors: 1));

        var state = store.Current.Watches[("c", ResourceKind.ArgoApplication)];
        Assert.Equal(WatchPhase.Forbidden, state.Phase);
        Assert.Equal("namespace b: no permission to list applications.argoproj.io", state.Message);
        Assert.Equal(3, state.ErrorCount);
    }

    [Fact]
    public void Constructor_NoNamespaces_Throws() =>
        Assert.Throws<ArgumentException>(() => new KindWatchStateMerger(new ClusterStore(), []));

    private static KindWatchState State(WatchPhase phase, string? message, DateTimeOffset syncedAt, int errors = 0) =>
        new("c", ResourceKind.ArgoApplication, phase, message, syncedAt, errors);
}
