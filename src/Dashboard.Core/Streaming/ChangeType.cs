namespace Dashboard.Core.Streaming;

public enum ChangeType
{
    Upsert,
    Delete,
    WatchState,

    /// <summary>The subscriber fell behind and changes were dropped: replace everything with <see cref="ClusterChange.Snapshot"/>.</summary>
    Resync,
}
