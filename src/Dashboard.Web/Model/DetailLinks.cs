using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model;

/// <summary>Where each kind of item is shown in detail; the Overview's problems link through this.</summary>
public static class DetailLinks
{
    public static string For(ResourceKey key) => key.Kind switch
    {
        ResourceKind.ArgoApplication or ResourceKind.ArgoApplicationSet or ResourceKind.FluxKustomization or ResourceKind.FluxHelmRelease =>
            $"apps/{Escape(key.Cluster)}/{KindSegment(key.Kind)}/{Escape(key.Namespace)}/{Escape(key.Name)}",
        ResourceKind.Certificate or ResourceKind.TlsSecret => $"certificates?focus={Escape(key.Namespace)}/{Escape(key.Name)}",
        ResourceKind.LonghornVolume => $"volumes?focus={Escape(key.Name)}",
        ResourceKind.LonghornBackup => "volumes",
        ResourceKind.FluxGitRepository => "commits",
        _ => "",
    };

    /// <summary>A commit on the Commits page (each commit row carries the id <c>sha-&lt;short sha&gt;</c>).</summary>
    public static string ForCommit(string sha) => $"commits#sha-{Format.ShortSha(sha)}";

    /// <summary>The URL segment of an app kind, as in apps/{cluster}/{kind}/{namespace}/{name}.</summary>
    public static string KindSegment(ResourceKind kind) => kind switch
    {
        ResourceKind.ArgoApplication => "application",
        ResourceKind.ArgoApplicationSet => "applicationset",
        ResourceKind.FluxKustomization => "kustomization",
        ResourceKind.FluxHelmRelease => "helmrelease",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static ResourceKind? KindFromSegment(string segment) => segment switch
    {
        "application" => ResourceKind.ArgoApplication,
        "applicationset" => ResourceKind.ArgoApplicationSet,
        "kustomization" => ResourceKind.FluxKustomization,
        "helmrelease" => ResourceKind.FluxHelmRelease,
        _ => null,
    };

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
