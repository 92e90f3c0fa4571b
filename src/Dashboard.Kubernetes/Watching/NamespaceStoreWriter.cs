using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// The store as one namespace's watcher of a kind sees it (Dashboard:Kubernetes:Namespaces): a relist replaces only that
/// namespace's objects, and its watch state is merged with the other namespaces' into the kind's one state.
/// </summary>
public sealed class NamespaceStoreWriter(IClusterStoreWriter store, IClusterStore reader, string listNamespace, KindWatchStateMerger states)
    : IClusterStoreWriter
{
    public void Upsert(IClusterItem item) => store.Upsert(item);

    public void Delete(ResourceKey key) => store.Delete(key);

    public void ReplaceAll(string cluster, ResourceKind kind, IReadOnlyCollection<IClusterItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var keep = items.Select(i => i.Key).ToHashSet();
        var missing = reader.Current.Items.Keys
            .Where(k => k.Cluster == cluster && k.Kind == kind && k.Namespace == listNamespace && !keep.Contains(k))
            .ToList();
        foreach (var key in missing)
        {
            store.Delete(key);
        }

        foreach (var item in items)
        {
            store.Upsert(item);
        }
    }

    public void SetWatchState(KindWatchState state) => states.Set(listNamespace, state);
}
