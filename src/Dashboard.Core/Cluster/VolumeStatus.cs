namespace Dashboard.Core.Cluster;

/// <summary>A Longhorn volume: attachment state, redundancy, size and backup freshness.</summary>
public sealed record VolumeStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }

    /// <summary>Longhorn status.state: creating, attached, detached, attaching, detaching, deleting.</summary>
    public string State { get; init; } = "unknown";

    /// <summary>Longhorn status.robustness: healthy, degraded, faulted, unknown.</summary>
    public string Robustness { get; init; } = "unknown";

    public long? SizeBytes { get; init; }
    public long? ActualSizeBytes { get; init; }
    public int WantedReplicas { get; init; }
    public int? HealthyReplicas { get; init; }
    public IReadOnlyList<string> ReplicaNodes { get; init; } = [];

    /// <summary>status.currentNodeID: the node the volume is attached to.</summary>
    public string? Node { get; init; }

    public string? PvcNamespace { get; init; }
    public string? PvcName { get; init; }
    public IReadOnlyList<string> Workloads { get; init; } = [];

    public string? LastBackupName { get; init; }
    public DateTimeOffset? LastBackupAt { get; init; }

    /// <summary>RecurringJobs the volume names by label <c>recurring-job.longhorn.io/&lt;name&gt;: enabled</c>.</summary>
    public IReadOnlyList<string> RecurringJobs { get; init; } = [];

    /// <summary>
    /// Groups the volume joins by label <c>recurring-job-group.longhorn.io/&lt;group&gt;: enabled</c>; Longhorn puts a
    /// volume without any recurring-job label into the "default" group, and so does the mapper.
    /// </summary>
    public IReadOnlyList<string> RecurringJobGroups { get; init; } = [];

    /// <summary>Recurring backup job interval (from the recurring job schedule), if the volume has one.</summary>
    public TimeSpan? BackupInterval { get; init; }

    /// <summary>The backup RecurringJob whose schedule gave <see cref="BackupInterval"/>; null when no backup job applies.</summary>
    public string? BackupJob { get; init; }

    public IReadOnlyList<Condition> Conditions { get; init; } = [];
    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
