using System.Text.Json;
using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// v1 Event → <see cref="ClusterEvent"/>, keeping only Events about the kinds the dashboard shows
/// (Argo CD, Flux, cert-manager and Longhorn objects emit them; pods' Events are not kept).
/// </summary>
public sealed class EventMapper : ResourceMapperBase<ClusterEvent>, IResourceFilter
{
    private static readonly HashSet<string> InvolvedKinds =
    [
        "Application", "ApplicationSet", "Kustomization", "HelmRelease", "GitRepository", "Certificate", "Volume", "Backup",
    ];

    public override ResourceKind Kind => ResourceKind.Event;

    public bool Accepts(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty("involvedObject", out var involved) && involved.ValueKind == JsonValueKind.Object
        && involved.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String
        && InvolvedKinds.Contains(kind.GetString()!);

    private protected override ClusterEvent MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var involved = reader.Object(root, "involvedObject");
        var source = reader.Object(root, "source");
        return new ClusterEvent(
            key,
            reader.NonEmptyString(involved, "kind") ?? "",
            reader.NonEmptyString(involved, "namespace") ?? key.Namespace,
            reader.NonEmptyString(involved, "name") ?? "",
            reader.NonEmptyString(root, "type") ?? "Normal",
            reader.NonEmptyString(root, "reason"),
            reader.NonEmptyString(root, "message"),
            reader.Int(root, "count") ?? 1,
            // Newer clients fill eventTime/series instead of lastTimestamp.
            reader.Time(root, "lastTimestamp") ?? reader.Time(root, "eventTime") ?? reader.Time(root, "firstTimestamp"),
            reader.NonEmptyString(source, "component") ?? reader.NonEmptyString(root, "reportingComponent"))
        {
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override ClusterEvent Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new(key, "", key.Namespace, "", "Normal", null, null, 1, null, null) { UnreadableFields = fields };
}
