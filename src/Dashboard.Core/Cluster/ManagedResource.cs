namespace Dashboard.Core.Cluster;

/// <summary>A Kubernetes object that an app manages, with the health its controller reports.</summary>
public sealed record ManagedResource(
    string Group,
    string Version,
    string Kind,
    string Namespace,
    string Name,
    SyncState Sync,
    HealthState Health,
    string? Message = null);
