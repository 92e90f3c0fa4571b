using System.Net;

namespace Dashboard.Kubernetes.Watching;

/// <summary>429 Too Many Requests (API priority and fairness); wait at least <see cref="RetryAfter"/> before retrying.</summary>
public sealed class TooManyRequestsException(string message, TimeSpan? retryAfter, Exception? inner = null)
    : KubernetesApiException(HttpStatusCode.TooManyRequests, "TooManyRequests", message, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
