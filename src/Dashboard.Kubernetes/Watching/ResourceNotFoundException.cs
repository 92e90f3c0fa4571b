using System.Net;

namespace Dashboard.Kubernetes.Watching;

/// <summary>404 Not Found: for a collection this means the resource type is not served (CRD not installed or removed).</summary>
public sealed class ResourceNotFoundException(string message, Exception? inner = null)
    : KubernetesApiException(HttpStatusCode.NotFound, "NotFound", message, inner);
