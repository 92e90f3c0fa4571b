namespace Dashboard.Core.Cluster;

/// <summary>How the dashboard reaches a cluster; shown on the Overview page.</summary>
public enum ConnectionKind
{
    Sandbox,
    Kubeconfig,
    InCluster,
}
