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

    /// <summary>The all-namespaces collection path.</summary>
    public string CollectionPath => $"{ApiPath}/{Plural}";

    /// <summary>"applications.argoproj.io", as Kubernetes names resources in RBAC and error messages.</summary>
    public string QualifiedName => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public override string ToString() => $"{QualifiedName}/{Version}";
}
