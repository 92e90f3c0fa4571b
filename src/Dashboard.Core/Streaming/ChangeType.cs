namespace Dashboard.Core.Streaming;

public enum ChangeType
{
    Upsert,
    Delete,
    WatchState,
}
