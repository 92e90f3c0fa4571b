using Dashboard.Core.Cluster;
using k8s;

namespace Dashboard.Kubernetes.Connection;

/// <summary>A resolved cluster: display info plus the client configuration (credentials stay in here).</summary>
public sealed record ClusterConnection(ClusterConnectionInfo Info, KubernetesClientConfiguration Configuration)
{
    public IKubernetes CreateClient() => new k8s.Kubernetes(Configuration);
}
