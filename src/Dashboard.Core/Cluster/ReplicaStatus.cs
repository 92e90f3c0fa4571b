namespace Dashboard.Core.Cluster;

/// <summary>A Longhorn Replica (longhorn.io/v1beta2): one copy of a volume on one node.</summary>
public sealed record ReplicaStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }
    public string? VolumeName { get; init; }

    /// <summary>spec.nodeID: the node holding this copy (empty until scheduled).</summary>
    public string? NodeId { get; init; }

    /// <summary>status.currentState: running, stopped, error, starting, stopping, unknown.</summary>
    public string CurrentState { get; init; } = "unknown";

    /// <summary>spec.failedAt: set when the replica failed; cleared when it is rebuilt.</summary>
    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>spec.healthyAt: set once the replica finished rebuilding.</summary>
    public DateTimeOffset? HealthyAt { get; init; }

    /// <summary>Longhorn's own test: rebuilt (healthyAt set) and not failed since (failedAt empty).</summary>
    public bool IsHealthy => HealthyAt is not null && FailedAt is null;

    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
