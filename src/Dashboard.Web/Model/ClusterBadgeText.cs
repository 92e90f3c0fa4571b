using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model;

public static class ClusterBadgeText
{
    public static string For(ClusterConnectionInfo cluster) =>
        cluster.Kind == ConnectionKind.Sandbox ? "sandbox" : cluster.Name;
}
