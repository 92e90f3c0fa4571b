using k8s;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// The real client's HTTP pipeline (TLS, credentials, token refresh, User-Agent) for hand-built
/// requests, so a watch body can be read line by line as it streams.
/// </summary>
internal sealed class RawKubernetesClient(KubernetesClientConfiguration configuration) : k8s.Kubernetes(configuration)
{
    /// <summary>Sends with ResponseHeadersRead; throws k8s.Autorest.HttpOperationException on a non-success status.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendRequestRaw("", request, cancellationToken);
}
