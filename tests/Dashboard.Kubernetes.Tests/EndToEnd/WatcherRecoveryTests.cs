using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Tests.EndToEnd;

/// <summary>
/// The informer rules of DESIGN.md section 1, proven end to end: real KubernetesClient watches over
/// HTTPS against the emulator, with the emulator's fault hooks. Every wait is bounded.
/// </summary>
public sealed class WatcherRecoveryTests : IAsyncLifetime
{
    private EmulatedCluster _cluster = null!;

    public async ValueTask InitializeAsync()
    {
        _cluster = await EmulatedCluster.StartAsync();
        await _cluster.EventuallyAsync(() => _cluster.App("argocd", "home-assistant") is not null, "initial list");
    }

    [Fact]
    public async Task InitialList_SeededCluster_EveryKindWatchingWithFixtureObjects()
    {
        await _cluster.EventuallyAsync(() => WatchedKinds.Enabled(new WatchOptions()).All(k => _cluster.Watch(k.Kind)?.Phase == WatchPhase.Watching), "all kinds watching");

        Assert.Equal(SyncState.Synced, _cluster.App("argocd", "home-assistant")!.Sync);
        Assert.Equal(HealthState.Degraded, _cluster.App("argocd", "nextcloud")!.Health);
        Assert.NotEmpty(_cluster.Store.Current.Certificates);
        Assert.NotEmpty(_cluster.Store.Current.Volumes);
    }

    [Fact]
    public async Task Patch_WhileWatching_ReachesStore()
    {
        _cluster.SetSync("argocd", "home-assistant", "OutOfSync");

        await _cluster.EventuallyAsync(() => _cluster.App("argocd", "home-assistant")?.Sync == SyncState.OutOfSync, "patched sync status");
    }

    [Fact]
    public async Task DroppedStream_ChangeAfterDrop_IsSeenAfterResume()
    {
        _cluster.Emulator.Faults.DropWatches();
        _cluster.SetSync("argocd", "home-assistant", "OutOfSync");

        await _cluster.EventuallyAsync(() => _cluster.App("argocd", "home-assistant")?.Sync == SyncState.OutOfSync, "change after a dropped stream");
    }

    [Fact]
    public async Task DeletionDuringOutage_HistoryCompacted_RelistRemovesObject()
    {
        // An outage: every request fails while the object is deleted and the history is compacted,
        // so the watcher's resume version is too old (410) and only a relist can notice the deletion.
        _cluster.Emulator.Faults.FailNext(30, "/apis/argoproj.io");
        _cluster.Emulator.Faults.DropWatches();
        // home-assistant carries Argo's resources finalizer: deleting it only marks it; Argo then removes the finalizer.
        _cluster.Emulator.Store.Delete(_cluster.Applications, "argocd", "home-assistant");
        _cluster.Emulator.Store.Patch(_cluster.Applications, "argocd", "home-assistant",
            new System.Text.Json.Nodes.JsonObject { ["metadata"] = new System.Text.Json.Nodes.JsonObject { ["finalizers"] = null } });
        _cluster.Emulator.Faults.CompactHistory();

        await _cluster.EventuallyAsync(() => _cluster.App("argocd", "home-assistant") is null, "deleted object gone after relist");
        await _cluster.EventuallyAsync(() => _cluster.Watch(ResourceKind.ArgoApplication)?.Phase == WatchPhase.Watching, "watching again");
        Assert.NotNull(_cluster.App("argocd", "nextcloud"));
    }

    [Fact]
    public async Task DeletionWhileDisconnected_HistoryKept_ResumeReplaysDeletion()
    {
        _cluster.Emulator.Faults.FailNext(5, "/apis/argoproj.io");
        _cluster.Emulator.Faults.DropWatches();
        _cluster.Emulator.Store.Delete(_cluster.Applications, "argocd", "my-app-4");

        await _cluster.EventuallyAsync(() => _cluster.App("argocd", "my-app-4") is null, "deletion replayed from history");
    }

    [Fact]
    public async Task StalledStream_NoBytes_IsDetectedAndRestarted()
    {
        _cluster.Emulator.Faults.StallWatches();
        _cluster.SetSync("argocd", "home-assistant", "OutOfSync");
        // Release only new streams' gate after the watcher gave up on the stalled one: the stall detector
        // must cancel the silent stream itself (timeout + grace), then a fresh watch sees the change.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        _cluster.Emulator.Faults.ReleaseWatches();

        await _cluster.EventuallyAsync(() => _cluster.App("argocd", "home-assistant")?.Sync == SyncState.OutOfSync, "change after a stall");
    }

    [Fact]
    public async Task ApiServerRestart_SamePort_WatchesRecover()
    {
        await _cluster.Emulator.RestartAsync(TestContext.Current.CancellationToken);
        _cluster.SetSync("argocd", "home-assistant", "OutOfSync");

        await _cluster.EventuallyAsync(() => _cluster.App("argocd", "home-assistant")?.Sync == SyncState.OutOfSync, "change after restart");
    }

    [Fact]
    public async Task ServerErrors_ThenHealthy_WatcherReportsReconnectingThenWatching()
    {
        _cluster.Emulator.Faults.FailNext(6, "/apis/cert-manager.io");
        _cluster.Emulator.Faults.DropWatches();

        await _cluster.EventuallyAsync(() => _cluster.Watch(ResourceKind.Certificate) is { ErrorCount: > 0 }, "errors counted");
        await _cluster.EventuallyAsync(() => _cluster.Watch(ResourceKind.Certificate)?.Phase == WatchPhase.Watching, "watching again");
    }

    [Fact]
    public async Task ForbiddenKind_Rbac403_ReportsRuleToAdd()
    {
        _cluster.Emulator.Faults.Forbid("volumes.longhorn.io");
        _cluster.Emulator.Faults.DropWatches();

        await _cluster.EventuallyAsync(() => _cluster.Watch(ResourceKind.LonghornVolume)?.Phase == WatchPhase.Forbidden, "forbidden state");
        var message = _cluster.Watch(ResourceKind.LonghornVolume)!.Message!;
        Assert.Contains("volumes", message, StringComparison.Ordinal);
        Assert.Contains("longhorn.io", message, StringComparison.Ordinal);
        Assert.Contains("list", message, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _cluster.DisposeAsync();
}
