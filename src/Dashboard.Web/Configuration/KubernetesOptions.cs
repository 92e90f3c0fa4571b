namespace Dashboard.Web.Configuration;

public sealed class KubernetesOptions
{
    /// <summary>
    /// Clusters to watch. Empty means one cluster: the in-cluster service account when running in a pod,
    /// else the current context of <c>KUBECONFIG</c> / <c>~/.kube/config</c>.
    /// </summary>
    public List<ClusterOptions> Clusters { get; set; } = [];

    /// <summary>Server-side watch timeout; each watch adds up to 20% jitter so watches do not restart together.</summary>
    public int WatchTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// Whether to read the TLS secrets that Certificates and Ingresses name: each by GET in its namespace (never
    /// listed or watched), keeping only the certificate's dates, names and issuer. Also watches Ingresses.
    /// Needs RBAC get on secrets (and list/watch on ingresses); RBAC cannot limit that to TLS secrets.
    /// </summary>
    public bool ReadTlsSecrets { get; set; }

    /// <summary>
    /// When not empty, namespaced kinds are listed and watched only in these namespaces (one watch per kind per namespace),
    /// so Roles in these namespaces are enough (the Helm chart's rbac.scope=namespaced). Namespaces themselves are
    /// cluster-scoped and still listed cluster-wide. Empty: all namespaces.
    /// </summary>
    public List<string> Namespaces { get; set; } = [];
}
