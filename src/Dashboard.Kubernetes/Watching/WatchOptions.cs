namespace Dashboard.Kubernetes.Watching;

/// <summary>Tuning for the list+watch loops (DESIGN.md rule 1). Defaults suit a homelab API server.</summary>
public sealed class WatchOptions
{
    /// <summary>The watch's timeoutSeconds before jitter; the server ends the watch cleanly after it.</summary>
    public TimeSpan WatchTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Up to this fraction is added at random to <see cref="WatchTimeout"/> so watches don't reconnect in step.</summary>
    public double WatchTimeoutJitter { get; set; } = 0.2;

    /// <summary>How long past the timeout a silent watch may stay open before it counts as stalled.</summary>
    public TimeSpan StallGrace { get; set; } = TimeSpan.FromSeconds(30);

    public int PageSize { get; set; } = 500;

    public TimeSpan BackoffInitial { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After this long without an error the backoff and error count start over.</summary>
    public TimeSpan HealthyResetAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A watch that ends with no event sooner than this counts as a failure (guards against a hot loop).</summary>
    public TimeSpan MinimumWatchDuration { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan NotInstalledRecheckInterval { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan ForbiddenRecheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often SyncedAt is refreshed while events keep arriving (every bookmark and list always refresh it).</summary>
    public TimeSpan SyncedAtRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Read the TLS secrets that Certificates and Ingresses name (GET by name) and watch Ingresses. Off by default.</summary>
    public bool ReadTlsSecrets { get; set; }

    /// <summary>
    /// When not empty, each namespaced kind is listed and watched in these namespaces only (one watch per kind per namespace),
    /// so namespaced RBAC (Roles in these namespaces) is enough; cluster-scoped kinds (Namespaces) stay cluster-wide.
    /// Empty: every kind across all namespaces.
    /// </summary>
    public IReadOnlyList<string> Namespaces { get; set; } = [];

    /// <summary>How often every referenced TLS secret is read again (besides on every change of its Certificate).</summary>
    public TimeSpan TlsSecretRefreshInterval { get; set; } = TimeSpan.FromMinutes(10);
}
