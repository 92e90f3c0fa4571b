using Dashboard.Core.Cluster;

namespace Dashboard.Core.Streaming;

/// <summary>One change after a snapshot: an item upserted or deleted, a watch changing state, or a resync.</summary>
public sealed record ClusterChange(ChangeType Type, ResourceKey? Key, IClusterItem? Item, KindWatchState? Watch, long Version)
{
    /// <summary>Only for <see cref="ChangeType.Resync"/>: the whole state at <see cref="Version"/>.</summary>
    public ClusterSnapshot? Snapshot { get; init; }

    public static ClusterChange Upserted(IClusterItem item, long version) => new(ChangeType.Upsert, item.Key, item, null, version);
    public static ClusterChange Deleted(ResourceKey key, long version) => new(ChangeType.Delete, key, null, null, version);
    public static ClusterChange WatchChanged(KindWatchState state, long version) => new(ChangeType.WatchState, null, null, state, version);
    public static ClusterChange Resynced(ClusterSnapshot snapshot) => new(ChangeType.Resync, null, null, null, snapshot.Version) { Snapshot = snapshot };
}
