using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// The store as one namespace's watcher of a kind sees it (Dashboard:Kubernetes:Namespaces): a relist replaces only that
/// namespace's objects, and its watch state is merged with the other namespaces' into the kind's one state.
/// </summary>
public sealed class NamespaceStoreWriter(IClusterStoreWriter store, string listNamespace, KindWatchStateMerger states)
    : IClusterStoreWriter
{
    public void Upsert(IClusterItem item) => store.Upsert(item);

    public void Delete(ResourceKey key) => store.Delete(key);

    /// <summary>The watcher lists one namespace, so its relist is the truth for that namespace only.</summary>
    public void ReplaceAll(string cluster, ResourceKind kind, IReadOnlyCollection<IClusterItem> items) =>
        store.ReplaceNamespace(cluster, kind, listNamespace, items);

    public void ReplaceNamespace(string cluster, ResourceKind kind, string ns, IReadOnlyCollection<IClusterItem> items) =>
        store.ReplaceNamespace(cluster, kind, ns, items);

    public void SetWatchState(KindWatchState state) => states.Set(listNamespace, state);
}
