namespace Dashboard.Core.Cluster;

/// <summary>Any immutable record the cluster store holds.</summary>
public interface IClusterItem
{
    ResourceKey Key { get; }
}
