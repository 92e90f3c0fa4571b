using Dashboard.Core.Streaming;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// One kind watched in several namespaces shows one state: the worst of its namespaces (a namespace not heard from yet
/// counts as Starting), its message naming that namespace, synced as of the least recently synced namespace.
/// </summary>
public sealed class KindWatchStateMerger
{
    private readonly IClusterStoreWriter _store;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, KindWatchState?> _states;

    public KindWatchStateMerger(IClusterStoreWriter store, IEnumerable<string> namespaces)
    {
        _store = store;
        _states = namespaces.ToDictionary(n => n, _ => (KindWatchState?)null, StringComparer.Ordinal);
        if (_states.Count == 0)
        {
            throw new ArgumentException("At least one namespace is needed.", nameof(namespaces));
        }
    }

    public void Set(string listNamespace, KindWatchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_lock)
        {
            _states[listNamespace] = state;
            _store.SetWatchState(Merge(state));
        }
    }

    private KindWatchState Merge(KindWatchState latest)
    {
        var (worstNamespace, worst) = _states
            .Select(s => (Namespace: s.Key, State: s.Value))
            .OrderByDescending(s => Severity(s.State?.Phase ?? WatchPhase.Starting))
            .ThenBy(s => s.Namespace, StringComparer.Ordinal)
            .First();
        var syncedAt = _states.Values.Any(s => s?.SyncedAt is null) ? null : _states.Values.Min(s => s!.SyncedAt);
        var phase = worst?.Phase ?? WatchPhase.Starting;
        var message = worst?.Message is { } text ? $"namespace {worstNamespace}: {text}" : null;
        return latest with { Phase = phase, Message = message, SyncedAt = syncedAt, ErrorCount = _states.Values.Sum(s => s?.ErrorCount ?? 0) };
    }

    /// <summary>Higher is worse: what the user most needs to know about wins.</summary>
    private static int Severity(WatchPhase phase) => phase switch
    {
        WatchPhase.Watching => 0,
        WatchPhase.Listing => 1,
        WatchPhase.Starting => 2,
        WatchPhase.Reconnecting => 3,
        WatchPhase.NotInstalled => 4,
        WatchPhase.Forbidden => 5,
        _ => 6,
    };
}
