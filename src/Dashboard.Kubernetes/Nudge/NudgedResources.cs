using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Nudge;

/// <summary>
/// The controller objects that "reconcile now" patches (merge patch on metadata.annotations): the one list that both
/// <see cref="NudgeTargets"/> and the Helm chart's RBAC (<c>patch</c> when <c>Dashboard:Git:ReconcileNow</c> is on) follow.
/// </summary>
public static class NudgedResources
{
    public static ResourceType ArgoApplication { get; } = new(ResourceKind.ArgoApplication, "argoproj.io", "v1alpha1", "applications", "Application", Namespaced: true);

    public static ResourceType FluxKustomization { get; } = new(ResourceKind.FluxKustomization, "kustomize.toolkit.fluxcd.io", "v1", "kustomizations", "Kustomization", Namespaced: true);

    public static ResourceType FluxHelmRelease { get; } = new(ResourceKind.FluxHelmRelease, "helm.toolkit.fluxcd.io", "v2", "helmreleases", "HelmRelease", Namespaced: true);

    public static ResourceType FluxGitRepository { get; } = new(ResourceKind.FluxGitRepository, "source.toolkit.fluxcd.io", "v1", "gitrepositories", "GitRepository", Namespaced: true);

    public static IReadOnlyList<ResourceType> All { get; } = [ArgoApplication, FluxKustomization, FluxHelmRelease, FluxGitRepository];
}
