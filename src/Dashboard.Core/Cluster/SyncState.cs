namespace Dashboard.Core.Cluster;

/// <summary>Whether the live state matches Git. Flux apps map Ready/revision onto the same scale.</summary>
public enum SyncState
{
    Unknown,
    Synced,
    OutOfSync,
}
