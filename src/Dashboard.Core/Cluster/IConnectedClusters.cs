namespace Dashboard.Core.Cluster;

/// <summary>The clusters this process watches, for pages to name them. Empty until start-up has resolved them.</summary>
public interface IConnectedClusters
{
    IReadOnlyList<ClusterConnectionInfo> Clusters { get; }
}
