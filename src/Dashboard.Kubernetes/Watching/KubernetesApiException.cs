using System.Net;

namespace Dashboard.Kubernetes.Watching;

/// <summary>The API server answered with an error status (or a watch sent an ERROR event).</summary>
/// <param name="reason">The Status object's reason (Expired, Forbidden, NotFound, ...), when the body was a Status.</param>
public class KubernetesApiException(HttpStatusCode statusCode, string? reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string? Reason { get; } = reason;
}
