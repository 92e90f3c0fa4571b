using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>v1 Namespace → <see cref="NamespaceStatus"/>: name, phase and labels, nothing else.</summary>
public sealed class NamespaceMapper : ResourceMapperBase<NamespaceStatus>
{
    public override ResourceKind Kind => ResourceKind.Namespace;

    private protected override NamespaceStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key) => new()
    {
        // Namespaces are cluster-scoped: the key's namespace stays empty.
        Key = key,
        Phase = reader.NonEmptyString(reader.Object(root, "status"), "phase") ?? "unknown",
        Labels = reader.StringMap(reader.Object(root, "metadata"), "labels"),
        UnreadableFields = reader.Unreadable,
    };

    private protected override NamespaceStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, UnreadableFields = fields };
}
