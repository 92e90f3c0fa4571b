using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Watching;

/// <summary>One served resource type at one API version: where to list and watch it.</summary>
/// <param name="Group">API group; empty for the core group (namespaces, events, secrets).</param>
/// <param name="ObjectKind">The Kubernetes kind, e.g. "Application".</param>
public sealed record ResourceType(ResourceKind Kind, string Group, string Version, string Plural, string ObjectKind, bool Namespaced)
{
    public string GroupVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The discovery path of the group-version, e.g. /apis/argoproj.io/v1alpha1.</summary>
    public string ApiPath => Group.Length == 0 ? $"/api/{Version}" : $"/apis/{Group}/{Version}";

    /// <summary>
    /// The one namespace this type is listed and watched in (Dashboard:Kubernetes:Namespaces), or null for all namespaces.
    /// Always null for cluster-scoped types.
    /// </summary>
    public string? ListNamespace { get; init; }

    /// <summary>The collection path: all namespaces, or <c>…/namespaces/{ns}/{plural}</c> when <see cref="ListNamespace"/> is set.</summary>
    public string CollectionPath => ListNamespace is null ? $"{ApiPath}/{Plural}" : $"{ApiPath}/namespaces/{ListNamespace}/{Plural}";

    /// <summary>This type listed in one namespace only; a cluster-scoped type stays cluster-wide.</summary>
    public ResourceType In(string? listNamespace) => Namespaced ? this with { ListNamespace = listNamespace } : this;

    /// <summary>"applications.argoproj.io", as Kubernetes names resources in RBAC and error messages.</summary>
    public string QualifiedName => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public override string ToString() => ListNamespace is null ? $"{QualifiedName}/{Version}" : $"{QualifiedName}/{Version} in {ListNamespace}";
}
