using System.Text.Json;
using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// Common frame for the mappers: a fresh <see cref="FieldReader"/> per object, and a last-resort
/// guard so that a bug in one mapper degrades one object to "unknown" instead of stopping a watch.
/// </summary>
public abstract class ResourceMapperBase<T> : IResourceMapper
    where T : IClusterItem
{
    /// <summary>Listed in UnreadableFields when the guard caught a mapper bug rather than a malformed field.</summary>
    public const string MapperFailure = "<mapper failure>";

    public abstract ResourceKind Kind { get; }

    public IClusterItem Map(string cluster, JsonElement item) => MapTyped(cluster, item);

    public T MapTyped(string cluster, JsonElement item)
    {
        try
        {
            var reader = new FieldReader();
            var root = JsonNode.Root(item);
            if (item.ValueKind != JsonValueKind.Object)
            {
                reader.MarkUnreadable("$");
            }

            return MapCore(reader, root, ObjectMetadata.Key(reader, root, cluster, Kind));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException
                                       or ArgumentException or IndexOutOfRangeException or KeyNotFoundException)
        {
            var reader = new FieldReader();
            var key = ObjectMetadata.Key(reader, JsonNode.Root(item), cluster, Kind);
            return Unreadable(key, [MapperFailure, .. reader.Unreadable]);
        }
    }

    /// <summary>Maps a well-framed object; must record malformed fields in the reader, never throw.</summary>
    private protected abstract T MapCore(FieldReader reader, JsonNode root, ResourceKey key);

    /// <summary>A record that says only "unknown" for this key.</summary>
    private protected abstract T Unreadable(ResourceKey key, IReadOnlyList<string> fields);
}
