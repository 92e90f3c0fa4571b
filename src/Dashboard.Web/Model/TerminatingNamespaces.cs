using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model;

/// <summary>The namespaces being deleted, so a page can mark the objects in them (they are about to go away).</summary>
public sealed class TerminatingNamespaces
{
    private readonly HashSet<(string Cluster, string Namespace)> _terminating;

    private TerminatingNamespaces(HashSet<(string, string)> terminating) => _terminating = terminating;

    public static TerminatingNamespaces Empty { get; } = new([]);

    public static TerminatingNamespaces From(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.Namespaces.Where(n => n.IsTerminating).Select(n => (n.Key.Cluster, n.Key.Name)).ToHashSet());
    }

    public bool Contains(ResourceKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Namespace.Length > 0 && _terminating.Contains((key.Cluster, key.Namespace));
    }
}
