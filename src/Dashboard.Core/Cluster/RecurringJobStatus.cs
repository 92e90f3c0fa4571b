namespace Dashboard.Core.Cluster;

/// <summary>A Longhorn RecurringJob (longhorn.io/v1beta2): a cron schedule for a task on the volumes that join it.</summary>
public sealed record RecurringJobStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }

    /// <summary>spec.task: snapshot, backup, backup-force-create, snapshot-cleanup, filesystem-trim, ...</summary>
    public string? Task { get; init; }

    /// <summary>spec.cron, 5 fields.</summary>
    public string? Cron { get; init; }

    public int? Retain { get; init; }

    /// <summary>spec.groups: volumes in one of these groups run the job.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    public bool IsBackup => Task is "backup" or "backup-force-create";

    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
