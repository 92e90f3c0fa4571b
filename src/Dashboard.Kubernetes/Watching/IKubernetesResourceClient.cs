namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// The small seam between the watchers and the API server: discovery, one LIST page, one WATCH.
/// HTTP errors surface as <see cref="KubernetesApiException"/> and its subclasses.
/// </summary>
public interface IKubernetesResourceClient
{
    /// <summary>True when the group-version is served and lists the type's plural; false on 404.</summary>
    Task<bool> IsServedAsync(ResourceType type, CancellationToken cancellationToken);

    /// <summary>One page across all namespaces.</summary>
    Task<ResourceListPage> ListAsync(ResourceType type, string? continueToken, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Watches across all namespaces from <paramref name="resourceVersion"/>. Yields every line as sent,
    /// ERROR events included (a too-old RV arrives as an ERROR event with code 410, not as HTTP 410).
    /// Ends when the server ends the body.
    /// </summary>
    IAsyncEnumerable<WatchEvent> WatchAsync(ResourceType type, string resourceVersion, int timeoutSeconds, bool allowBookmarks, CancellationToken cancellationToken);
}
