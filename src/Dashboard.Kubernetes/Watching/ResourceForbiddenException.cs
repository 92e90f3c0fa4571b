using System.Net;

namespace Dashboard.Kubernetes.Watching;

/// <summary>403 Forbidden: the dashboard's identity lacks an RBAC rule.</summary>
public sealed class ResourceForbiddenException(string message, Exception? inner = null)
    : KubernetesApiException(HttpStatusCode.Forbidden, "Forbidden", message, inner);
