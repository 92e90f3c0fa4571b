using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// A kind read only by GET of named objects, never listed or watched (TLS secrets). RBAC needs only
/// <c>get</c>; Kubernetes RBAC cannot narrow that to TLS secrets (no filter by type), only to resourceNames.
/// </summary>
/// <param name="EnabledBy">The configuration switch that turns the reads on (off by default).</param>
public sealed record FetchedKind(ResourceType Type, string EnabledBy)
{
    public ResourceKind Kind => Type.Kind;

    public IReadOnlyList<string> Verbs { get; } = ["get"];

    public string ForbiddenMessage(string objectNamespace) =>
        $"no permission to get {Type.QualifiedName} in {objectNamespace}; add RBAC rule: apiGroups [{(Type.Group.Length == 0 ? "\"\"" : Type.Group)}], " +
        $"resources [{Type.Plural}], verbs [get] (a Role in {objectNamespace} or a ClusterRole; RBAC cannot filter by secret type, only by resourceNames)";
}
