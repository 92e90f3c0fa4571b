namespace Dashboard.Core.Cluster;

/// <summary>Identifies one object across clusters. Namespace is empty for cluster-scoped kinds.</summary>
public sealed record ResourceKey(string Cluster, ResourceKind Kind, string Namespace, string Name)
{
    public override string ToString() =>
        Namespace.Length == 0 ? $"{Cluster}/{Kind}/{Name}" : $"{Cluster}/{Kind}/{Namespace}/{Name}";
}
