using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model;

/// <summary>The Kubernetes Events about one app, newest first.</summary>
public static class AppEvents
{
    public const int Limit = 20;

    public static IReadOnlyList<ClusterEvent> For(AppStatus app, IEnumerable<ClusterEvent> events)
    {
        var kind = ObjectKind(app.Key.Kind);
        return events
            .Where(e => e.Key.Cluster == app.Key.Cluster && e.InvolvedKind == kind
                        && e.InvolvedName == app.Key.Name && e.InvolvedNamespace == app.Key.Namespace)
            .OrderByDescending(e => e.LastSeen)
            .Take(Limit)
            .ToList();
    }

    private static string ObjectKind(ResourceKind kind) => kind switch
    {
        ResourceKind.ArgoApplication => "Application",
        ResourceKind.ArgoApplicationSet => "ApplicationSet",
        ResourceKind.FluxKustomization => "Kustomization",
        ResourceKind.FluxHelmRelease => "HelmRelease",
        _ => kind.ToString(),
    };
}
