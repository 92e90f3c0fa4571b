using System.Globalization;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Health;

/// <summary>A kind whose watch is not live makes its data suspect; "not installed" is a fact, not a fault.</summary>
internal static class WatchRules
{
    public static bool IsStale(KindWatchState watch) => watch.Phase is not (WatchPhase.Watching or WatchPhase.NotInstalled);

    public static Problem For(KindWatchState watch)
    {
        var severity = watch.Phase is WatchPhase.Failed or WatchPhase.Forbidden ? ProblemSeverity.Critical : ProblemSeverity.Warning;
        var title = watch.Phase is WatchPhase.Starting or WatchPhase.Listing ? "Data still loading" : "Data may be stale";
        var detail = $"{watch.Kind} watch is {watch.Phase}";
        if (watch.SyncedAt is { } syncedAt)
        {
            detail += string.Create(CultureInfo.InvariantCulture, $"; last current {syncedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC");
        }

        if (!string.IsNullOrEmpty(watch.Message))
        {
            detail += $": {watch.Message}";
        }

        return new Problem(severity, watch.Cluster, watch.Kind, null, title, detail);
    }
}
