using Dashboard.Kubernetes.Connection;

namespace Dashboard.Kubernetes.Watching;

/// <summary>Creates the resource client for a connection; replaceable so the service can run against fakes.</summary>
public interface IKubernetesResourceClientFactory
{
    IKubernetesResourceClient Create(ClusterConnection connection);
}
