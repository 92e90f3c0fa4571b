using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>Builds the record key from metadata; a missing name is recorded and left empty.</summary>
internal static class ObjectMetadata
{
    public static ResourceKey Key(FieldReader reader, JsonNode root, string cluster, ResourceKind kind)
    {
        var metadata = reader.Object(root, "metadata");
        if (!metadata.Exists)
        {
            reader.MarkUnreadable(metadata.Path);
            return new ResourceKey(cluster, kind, "", "");
        }

        var name = reader.String(metadata, "name");
        if (string.IsNullOrEmpty(name))
        {
            reader.MarkUnreadable(metadata.Child("name"));
        }

        return new ResourceKey(cluster, kind, reader.String(metadata, "namespace") ?? "", name ?? "");
    }
}
