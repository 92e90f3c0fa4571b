namespace Dashboard.Core.Cluster;

/// <summary>A Longhorn Backup object, folded into its volume's last-backup fields by the store.</summary>
public sealed record BackupStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }
    public string? VolumeName { get; init; }

    /// <summary>Longhorn status.state: New, Pending, InProgress, Completed, Error, Unknown.</summary>
    public string State { get; init; } = "Unknown";

    public DateTimeOffset? CreatedAt { get; init; }
    public string? Error { get; init; }
    public long? SizeBytes { get; init; }
    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
