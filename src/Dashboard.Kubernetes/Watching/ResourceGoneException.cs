using System.Net;

namespace Dashboard.Kubernetes.Watching;

/// <summary>410 Gone: the resourceVersion or continue token is too old; the caller must relist.</summary>
public sealed class ResourceGoneException(string message, Exception? inner = null)
    : KubernetesApiException(HttpStatusCode.Gone, "Expired", message, inner);
