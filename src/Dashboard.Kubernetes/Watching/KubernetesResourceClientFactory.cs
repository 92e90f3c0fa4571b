using Dashboard.Kubernetes.Connection;

namespace Dashboard.Kubernetes.Watching;

/// <summary>The production factory: one <see cref="KubernetesResourceClient"/> per connection.</summary>
public sealed class KubernetesResourceClientFactory : IKubernetesResourceClientFactory
{
    public IKubernetesResourceClient Create(ClusterConnection connection) => new KubernetesResourceClient(connection.Configuration);
}
