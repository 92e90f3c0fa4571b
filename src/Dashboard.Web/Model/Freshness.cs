using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model;

/// <summary>How fresh a page's data is, in words, from the watch states of the kinds it shows.</summary>
public sealed record Freshness(FreshnessLevel Level, string Text, IReadOnlyList<string> Details)
{
    public static Freshness For(ClusterSnapshot snapshot, IReadOnlyCollection<ResourceKind> kinds, DateTimeOffset now)
    {
        var states = snapshot.Watches.Values.Where(w => kinds.Contains(w.Kind)).ToList();
        if (states.Count == 0)
        {
            return new Freshness(FreshnessLevel.Connecting, "Connecting to the cluster…", []);
        }

        var details = new List<string>();
        var level = FreshnessLevel.Live;
        foreach (var state in states.OrderBy(s => s.Cluster, StringComparer.Ordinal).ThenBy(s => s.Kind))
        {
            var (stateLevel, detail) = Describe(state, now);
            if (detail is not null)
            {
                details.Add(detail);
            }

            level = stateLevel > level ? stateLevel : level;
        }

        var syncedAt = states.Where(s => s.Phase == WatchPhase.Watching).Select(s => s.SyncedAt).Min();
        var text = level switch
        {
            FreshnessLevel.Live => syncedAt is { } at ? $"Live · checked {Format.Ago(at, now)}" : "Live",
            FreshnessLevel.Partial => "Live · some kinds are not installed",
            FreshnessLevel.Connecting => "Loading…",
            _ => "Reconnecting: data may be out of date",
        };
        return new Freshness(level, text, details);
    }

    private static (FreshnessLevel Level, string? Detail) Describe(KindWatchState state, DateTimeOffset now) => state.Phase switch
    {
        WatchPhase.Watching => (FreshnessLevel.Live, null),
        WatchPhase.NotInstalled => (FreshnessLevel.Partial, state.Message ?? $"{state.Kind} is not installed"),
        WatchPhase.Starting or WatchPhase.Listing when state.SyncedAt is null => (FreshnessLevel.Connecting, null),
        WatchPhase.Forbidden => (FreshnessLevel.Stale, Prefix(state) + (state.Message ?? "no permission")),
        _ => (FreshnessLevel.Stale, Prefix(state) + $"reconnecting{(state.ErrorCount > 0 ? $" after {state.ErrorCount} error(s)" : "")}" +
                                   (state.SyncedAt is { } at ? $"; data from {Format.Ago(at, now)}" : "") +
                                   (state.Message is { Length: > 0 } m ? $" ({m})" : "")),
    };

    private static string Prefix(KindWatchState state) => $"{state.Cluster} · {state.Kind}: ";
}
