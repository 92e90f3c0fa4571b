using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// A kind the dashboard watches, with the API versions to try in order (the first one the cluster
/// serves wins, e.g. HelmRelease v2 then v2beta2 on older Flux).
/// </summary>
/// <param name="Product">What the user installs to get this kind: "Argo CD", "Flux", "cert-manager", "Longhorn".</param>
/// <param name="EnabledBy">
/// The configuration switch that turns this watch on, or null when it always runs (e.g. Ingresses are
/// watched only with <c>Dashboard:Kubernetes:ReadTlsSecrets</c>).
/// </param>
public sealed record WatchedKind(ResourceKind Kind, string Product, IReadOnlyList<ResourceType> Candidates, string? EnabledBy = null)
{
    public ResourceType Preferred => Candidates[0];

    public string NotInstalledMessage =>
        $"{Product} ({Preferred.Group}/{string.Join(" or ", Candidates.Select(c => c.Version))}) is not installed in this cluster";

    public string ForbiddenMessage(ResourceType type) =>
        $"no permission to list {type.QualifiedName}; add RBAC rule: apiGroups [{(type.Group.Length == 0 ? "\"\"" : type.Group)}], " +
        $"resources [{type.Plural}], verbs [get, list, watch]";
}
