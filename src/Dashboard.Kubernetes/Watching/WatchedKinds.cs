using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Watching;

/// <summary>The catalog of kinds the dashboard lists and watches. New kinds (namespaces, events, TLS secrets) go here.</summary>
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

    /// <summary>Core v1 Events; only those about the kinds above are kept (see EventMapper).</summary>
    public static WatchedKind Event { get; } = new(ResourceKind.Event, "Kubernetes",
        [new ResourceType(ResourceKind.Event, "", "v1", "events", "Event", Namespaced: true)]);

    public static IReadOnlyList<WatchedKind> All { get; } =
    [
        ArgoApplication, ArgoApplicationSet, FluxKustomization, FluxHelmRelease, FluxGitRepository, Certificate, LonghornVolume, LonghornBackup, Event,
    ];

    public static WatchedKind For(ResourceKind kind) =>
        All.FirstOrDefault(k => k.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a watched kind.");

    private static WatchedKind Single(ResourceKind kind, string product, string group, string version, string plural, string objectKind) =>
        new(kind, product, [new ResourceType(kind, group, version, plural, objectKind, Namespaced: true)]);
}
