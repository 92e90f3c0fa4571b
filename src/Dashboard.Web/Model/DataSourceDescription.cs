using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model;

/// <summary>Says in words where the data comes from, so nobody mistakes the sandbox for production.</summary>
public static class DataSourceDescription
{
    public static IReadOnlyList<string> Describe(IReadOnlyList<ClusterConnectionInfo> clusters)
    {
        if (clusters.Count == 0)
        {
            return ["Connecting to the cluster…"];
        }

        return clusters.Select(Describe).ToList();
    }

    public static string Describe(ClusterConnectionInfo cluster) => cluster.Kind switch
    {
        ConnectionKind.Sandbox => $"Sandbox: embedded Kubernetes emulator at {cluster.Server} with seeded data",
        ConnectionKind.InCluster => $"In-cluster service account: {cluster.Name} ({cluster.Server})",
        _ => $"kubeconfig context {cluster.Context ?? "(current)"}: {cluster.Name} ({cluster.Server})",
    };
}
