using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Watching;

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
                return [Target(NudgedResources.ArgoApplication, key.Namespace, key.Name)];
            case ResourceKind.FluxKustomization:
                return [.. Source(app), Kustomization(key)];
            case ResourceKind.FluxHelmRelease:
                // The commit changed the manifest a Kustomization applies: fetch, apply, then reconcile the release.
                var parent = snapshot.Apps.FirstOrDefault(p => p.Key.Cluster == key.Cluster && p.Key.Kind == ResourceKind.FluxKustomization
                    && p.Resources.Any(r => r.Kind == "HelmRelease" && r.Name == key.Name && r.Namespace == key.Namespace));
                var release = Target(NudgedResources.FluxHelmRelease, key.Namespace, key.Name);
                return parent is null ? [.. Source(app), release] : [.. Source(parent), Kustomization(parent.Key), release];
            default:
                return [];
        }
    }

    private static NudgeTarget Kustomization(ResourceKey key) => Target(NudgedResources.FluxKustomization, key.Namespace, key.Name);

    private static NudgeTarget Target(ResourceType type, string ns, string name) => new(type.Group, type.Version, type.Plural, type.ObjectKind, ns, name);

    /// <summary>The GitRepository of "GitRepository/&lt;namespace&gt;/&lt;name&gt;"; other source kinds are not nudged.</summary>
    private static IEnumerable<NudgeTarget> Source(AppStatus app)
    {
        var parts = app.Source?.SourceRef?.Split('/');
        if (parts is ["GitRepository", var ns, var name] && ns.Length > 0 && name.Length > 0)
        {
            yield return Target(NudgedResources.FluxGitRepository, ns, name);
        }
    }
}
