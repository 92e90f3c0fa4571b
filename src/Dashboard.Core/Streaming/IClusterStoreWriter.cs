using Dashboard.Core.Cluster;

namespace Dashboard.Core.Streaming;

/// <summary>What watchers write. Only the watchers (and tests) hold this.</summary>
public interface IClusterStoreWriter
{
    void Upsert(IClusterItem item);
    void Delete(ResourceKey key);

    /// <summary>After a (re)list: the given items are the whole truth for that kind in that cluster; anything else is deleted.</summary>
    void ReplaceAll(string cluster, ResourceKind kind, IReadOnlyCollection<IClusterItem> items);

    /// <summary>
    /// After a (re)list of one namespace (Dashboard:Kubernetes:Namespaces): the items are the whole truth for that kind in
    /// that namespace; the kind's objects in other namespaces stay.
    /// </summary>
    void ReplaceNamespace(string cluster, ResourceKind kind, string ns, IReadOnlyCollection<IClusterItem> items);

    void SetWatchState(KindWatchState state);
}
