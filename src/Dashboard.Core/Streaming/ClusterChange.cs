using Dashboard.Core.Cluster;

namespace Dashboard.Core.Streaming;

/// <summary>One change after a snapshot: an item upserted or deleted, or a watch changing state.</summary>
public sealed record ClusterChange(ChangeType Type, ResourceKey? Key, IClusterItem? Item, KindWatchState? Watch, long Version)
{
    public static ClusterChange Upserted(IClusterItem item, long version) => new(ChangeType.Upsert, item.Key, item, null, version);
    public static ClusterChange Deleted(ResourceKey key, long version) => new(ChangeType.Delete, key, null, null, version);
    public static ClusterChange WatchChanged(KindWatchState state, long version) => new(ChangeType.WatchState, null, null, state, version);
}
