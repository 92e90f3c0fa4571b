using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Activity;

/// <summary>Reads an audit row's target back into a key: it is stored as the key prints ("cluster/Kind/namespace/name").</summary>
public static class AuditTargets
{
    public static ResourceKey? TryParse(string? target)
    {
        var parts = target?.Split('/');
        return parts switch
        {
            [var cluster, var kind, var ns, var name] when Enum.TryParse<ResourceKind>(kind, out var k) => new ResourceKey(cluster, k, ns, name),
            [var cluster, var kind, var name] when Enum.TryParse<ResourceKind>(kind, out var k) => new ResourceKey(cluster, k, "", name),
            _ => null,
        };
    }
}
