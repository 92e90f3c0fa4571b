using System.Text.Json;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// GET of one object by namespace and name (used for TLS secrets, which are never listed or watched).
/// The body is handed to the caller's read function while it is parsed and dropped right after, so nothing
/// of the object outlives the call except what that function returns.
/// </summary>
public interface IKubernetesObjectReader
{
    /// <returns>What <paramref name="read"/> made of the object; default when the object does not exist (404).</returns>
    /// <exception cref="ResourceForbiddenException">403: no permission to get it.</exception>
    Task<T?> GetAsync<T>(ResourceType type, string objectNamespace, string name, Func<JsonElement, T> read, CancellationToken cancellationToken);
}
