using System.Collections.Concurrent;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Metrics;

/// <summary>
/// Counts watch reconnects per cluster and kind for <c>dashboard_watch_reconnects_total</c>: every time a watch enters
/// <see cref="WatchPhase.Reconnecting"/>, or reports another failure while in it. Fed by the store's change stream.
/// </summary>
public sealed class WatchReconnectCounter
{
    private readonly ConcurrentDictionary<(string Cluster, ResourceKind Kind), long> _counts = new();
    private readonly ConcurrentDictionary<(string Cluster, ResourceKind Kind), KindWatchState> _last = new();

    public void Observe(KindWatchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var key = (state.Cluster, state.Kind);
        var previous = _last.TryGetValue(key, out var p) ? p : null;
        _last[key] = state;
        var isNewFailure = state.Phase == WatchPhase.Reconnecting &&
            (previous is null || previous.Phase != WatchPhase.Reconnecting || previous.ErrorCount != state.ErrorCount);
        _counts.AddOrUpdate(key, isNewFailure ? 1 : 0, (_, count) => isNewFailure ? count + 1 : count);
    }

    public IReadOnlyList<(string Cluster, ResourceKind Kind, long Count)> Counts() =>
        [.. _counts.Select(c => (c.Key.Cluster, c.Key.Kind, c.Value))
            .OrderBy(c => c.Cluster, StringComparer.Ordinal).ThenBy(c => c.Kind)];
}
