namespace Dashboard.Core.Streaming;

/// <summary>Where one kind's list+watch stands. Pages show this so nobody trusts a stale "all green".</summary>
public enum WatchPhase
{
    Starting,
    Listing,
    Watching,
    Reconnecting,
    NotInstalled,
    Forbidden,
    Failed,
}
