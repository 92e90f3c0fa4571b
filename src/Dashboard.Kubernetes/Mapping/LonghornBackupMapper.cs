using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// longhorn.io/v1beta2 Backup → <see cref="BackupStatus"/>. CreatedAt is when the backup was made
/// (backupCreatedAt), or, for a backup that never completed, when its snapshot was taken.
/// </summary>
public sealed class LonghornBackupMapper : ResourceMapperBase<BackupStatus>
{
    public override ResourceKind Kind => ResourceKind.LonghornBackup;

    private protected override BackupStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var status = reader.Object(root, "status");
        var labels = reader.Object(reader.Object(root, "metadata"), "labels");

        return new BackupStatus
        {
            Key = key,
            // Older Longhorn versions only name the volume in the backup-volume label.
            VolumeName = reader.NonEmptyString(status, "volumeName") ?? reader.NonEmptyString(labels, "backup-volume"),
            State = reader.NonEmptyString(status, "state") ?? "Unknown",
            CreatedAt = reader.Time(status, "backupCreatedAt") ?? reader.Time(status, "snapshotCreatedAt"),
            Error = reader.NonEmptyString(status, "error"),
            SizeBytes = reader.ByteCount(status, "size"),
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override BackupStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, UnreadableFields = fields };
}
