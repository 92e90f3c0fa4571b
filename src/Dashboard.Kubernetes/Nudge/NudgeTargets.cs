using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Kubernetes.Nudge;

/// <summary>Which objects to annotate for an app, in order: Flux sources before the objects that use them.</summary>
internal static class NudgeTargets
{
    public static IReadOnlyList<NudgeTarget> For(AppStatus app, ClusterSnapshot snapshot)
    {
        var key = app.Key;
        switch (key.Kind)
        {
            case ResourceKind.ArgoApplication:
                return [new NudgeTarget("argoproj.io", "v1alpha1", "applications", "Application", key.Namespace, key.Name)];
            case ResourceKind.FluxKustomization:
                return [.. Source(app), Kustomization(key)];
            case ResourceKind.FluxHelmRelease:
                // The commit changed the manifest a Kustomization applies: fetch, apply, then reconcile the release.
                var parent = snapshot.Apps.FirstOrDefault(p => p.Key.Cluster == key.Cluster && p.Key.Kind == ResourceKind.FluxKustomization
                    && p.Resources.Any(r => r.Kind == "HelmRelease" && r.Name == key.Name && r.Namespace == key.Namespace));
                var release = new NudgeTarget("helm.toolkit.fluxcd.io", "v2", "helmreleases", "HelmRelease", key.Namespace, key.Name);
                return parent is null ? [.. Source(app), release] : [.. Source(parent), Kustomization(parent.Key), release];
            default:
                return [];
        }
    }

    private static NudgeTarget Kustomization(ResourceKey key) =>
        new("kustomize.toolkit.fluxcd.io", "v1", "kustomizations", "Kustomization", key.Namespace, key.Name);

    /// <summary>The GitRepository of "GitRepository/&lt;namespace&gt;/&lt;name&gt;"; other source kinds are not nudged.</summary>
    private static IEnumerable<NudgeTarget> Source(AppStatus app)
    {
        var parts = app.Source?.SourceRef?.Split('/');
        if (parts is ["GitRepository", var ns, var name] && ns.Length > 0 && name.Length > 0)
        {
            yield return new NudgeTarget("source.toolkit.fluxcd.io", "v1", "gitrepositories", "GitRepository", ns, name);
        }
    }
}
