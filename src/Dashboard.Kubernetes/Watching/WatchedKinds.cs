using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// The catalog of what the dashboard reads from the API server, and so of the RBAC it needs: <see cref="All"/>
/// is listed and watched (verbs get, list, watch); <see cref="Fetched"/> is only read by name (verb get).
/// Kinds with an <see cref="WatchedKind.EnabledBy"/> switch are read only when it is on.
/// </summary>
public static class WatchedKinds
{
    public static WatchedKind ArgoApplication { get; } = Single(ResourceKind.ArgoApplication, "Argo CD", "argoproj.io", "v1alpha1", "applications", "Application");

    public static WatchedKind ArgoApplicationSet { get; } = Single(ResourceKind.ArgoApplicationSet, "Argo CD", "argoproj.io", "v1alpha1", "applicationsets", "ApplicationSet");

    public static WatchedKind FluxKustomization { get; } = Single(ResourceKind.FluxKustomization, "Flux", "kustomize.toolkit.fluxcd.io", "v1", "kustomizations", "Kustomization");

    public static WatchedKind FluxHelmRelease { get; } = new(ResourceKind.FluxHelmRelease, "Flux",
    [
        new ResourceType(ResourceKind.FluxHelmRelease, "helm.toolkit.fluxcd.io", "v2", "helmreleases", "HelmRelease", Namespaced: true),
        new ResourceType(ResourceKind.FluxHelmRelease, "helm.toolkit.fluxcd.io", "v2beta2", "helmreleases", "HelmRelease", Namespaced: true),
    ]);

    public static WatchedKind FluxGitRepository { get; } = Single(ResourceKind.FluxGitRepository, "Flux", "source.toolkit.fluxcd.io", "v1", "gitrepositories", "GitRepository");

    public static WatchedKind Certificate { get; } = Single(ResourceKind.Certificate, "cert-manager", "cert-manager.io", "v1", "certificates", "Certificate");

    public static WatchedKind LonghornVolume { get; } = Single(ResourceKind.LonghornVolume, "Longhorn", "longhorn.io", "v1beta2", "volumes", "Volume");

    public static WatchedKind LonghornBackup { get; } = Single(ResourceKind.LonghornBackup, "Longhorn", "longhorn.io", "v1beta2", "backups", "Backup");

    public static WatchedKind LonghornReplica { get; } = Single(ResourceKind.LonghornReplica, "Longhorn", "longhorn.io", "v1beta2", "replicas", "Replica");

    public static WatchedKind LonghornRecurringJob { get; } =
        Single(ResourceKind.LonghornRecurringJob, "Longhorn", "longhorn.io", "v1beta2", "recurringjobs", "RecurringJob");

    /// <summary>Core v1 Events; only those about the kinds above are kept (see EventMapper).</summary>
    public static WatchedKind Event { get; } = new(ResourceKind.Event, "Kubernetes",
        [new ResourceType(ResourceKind.Event, "", "v1", "events", "Event", Namespaced: true)]);

    /// <summary>Core v1 Namespaces (cluster-scoped), so pages can tell which exist and which are Terminating.</summary>
    public static WatchedKind Namespace { get; } = new(ResourceKind.Namespace, "Kubernetes",
        [new ResourceType(ResourceKind.Namespace, "", "v1", "namespaces", "Namespace", Namespaced: false)]);

    /// <summary>Ingresses, only for the TLS secrets they name; watched only when TLS secrets are read.</summary>
    public static WatchedKind Ingress { get; } = new(ResourceKind.Ingress, "Kubernetes",
        [new ResourceType(ResourceKind.Ingress, "networking.k8s.io", "v1", "ingresses", "Ingress", Namespaced: true)], ReadTlsSecretsKey);

    /// <summary>The configuration key that turns on reading TLS secrets (and watching Ingresses).</summary>
    public const string ReadTlsSecretsKey = "Dashboard:Kubernetes:ReadTlsSecrets";

    public static IReadOnlyList<WatchedKind> All { get; } =
    [
        ArgoApplication, ArgoApplicationSet, FluxKustomization, FluxHelmRelease, FluxGitRepository, Certificate, LonghornVolume, LonghornBackup, Event,
        Namespace, Ingress, LonghornReplica, LonghornRecurringJob,
    ];

    /// <summary>
    /// TLS secrets named by Certificates (spec.secretName) and Ingresses (spec.tls[].secretName), each fetched
    /// by GET in its namespace; never listed or watched cluster-wide.
    /// </summary>
    public static FetchedKind TlsSecret { get; } =
        new(new ResourceType(ResourceKind.TlsSecret, "", "v1", "secrets", "Secret", Namespaced: true), ReadTlsSecretsKey);

    /// <summary>Everything read by name only (verb get).</summary>
    public static IReadOnlyList<FetchedKind> Fetched { get; } = [TlsSecret];

    /// <summary>The watched kinds whose switch is on (kinds without a switch always are).</summary>
    public static IReadOnlyList<WatchedKind> Enabled(WatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return All.Where(k => k.EnabledBy is null || (k.EnabledBy == ReadTlsSecretsKey && options.ReadTlsSecrets)).ToList();
    }

    public static WatchedKind For(ResourceKind kind) =>
        All.FirstOrDefault(k => k.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a watched kind.");

    private static WatchedKind Single(ResourceKind kind, string product, string group, string version, string plural, string objectKind) =>
        new(kind, product, [new ResourceType(kind, group, version, plural, objectKind, Namespaced: true)]);
}
