using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// longhorn.io/v1beta2 Replica → <see cref="ReplicaStatus"/>. Longhorn serializes empty values as "", so an
/// empty failedAt/healthyAt/nodeID reads as absent.
/// </summary>
public sealed class LonghornReplicaMapper : ResourceMapperBase<ReplicaStatus>
{
    public override ResourceKind Kind => ResourceKind.LonghornReplica;

    private protected override ReplicaStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var status = reader.Object(root, "status");
        return new ReplicaStatus
        {
            Key = key,
            VolumeName = reader.NonEmptyString(spec, "volumeName"),
            NodeId = reader.NonEmptyString(spec, "nodeID"),
            CurrentState = reader.NonEmptyString(status, "currentState") ?? "unknown",
            FailedAt = NonEmptyTime(reader, spec, "failedAt"),
            HealthyAt = NonEmptyTime(reader, spec, "healthyAt"),
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override ReplicaStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, UnreadableFields = fields };

    private static DateTimeOffset? NonEmptyTime(FieldReader reader, JsonNode parent, string name) =>
        reader.NonEmptyString(parent, name) is null ? null : reader.Time(parent, name);
}
