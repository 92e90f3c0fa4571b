using Dashboard.Core.Cluster;

namespace Dashboard.Core.Streaming;

/// <summary>The state of the one watch for a kind in a cluster.</summary>
/// <param name="Message">What to tell the user: "Flux is not installed", the RBAC rule to add, the last error.</param>
/// <param name="SyncedAt">When the data was last known to be current (list completed or event/bookmark seen).</param>
public sealed record KindWatchState(
    string Cluster,
    ResourceKind Kind,
    WatchPhase Phase,
    string? Message,
    DateTimeOffset? SyncedAt,
    int ErrorCount = 0);
