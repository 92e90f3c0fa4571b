using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model.Apps;

namespace Dashboard.Web.Tests.Model.Apps;

/// <summary>A varied, deterministic set of apps, and the Apps page's former computation to compare the derived view with.</summary>
internal static class AppListSamples
{
    private static readonly SyncState[] Syncs = [SyncState.Synced, SyncState.OutOfSync, SyncState.Unknown];
    private static readonly HealthState[] Healths =
        [HealthState.Healthy, HealthState.Degraded, HealthState.Progressing, HealthState.Missing, HealthState.Suspended, HealthState.Unknown, HealthState.Healthy];
    private static readonly string[] Namespaces = ["argocd", "flux-system", "media", "apps"];

    public static List<AppStatus> Apps(int count) =>
        Enumerable.Range(0, count).Select(i => new AppStatus
        {
            // Names repeat across namespaces and clusters so the tie-breaks of every sort are exercised; keys stay unique
            // because (i % 4, i % 37) repeats only every 148 apps and the suffix counts those rounds.
            Key = new ResourceKey(i % 5 == 0 ? "lab" : "home", i % 2 == 0 ? ResourceKind.ArgoApplication : ResourceKind.FluxKustomization,
                Namespaces[i % Namespaces.Length], $"app-{i % 37:D3}-{i / 148}"),
            Controller = i % 2 == 0 ? Controller.ArgoCD : Controller.Flux,
            Sync = Syncs[i % Syncs.Length],
            Health = Healths[i % Healths.Length],
            Suspended = i % 11 == 0,
            Source = i % 3 == 0 ? null : new AppSource($"https://github.com/homelab/repo-{i % 4}", $"apps/app-{i % 37:D3}", "main"),
            Revision = i % 6 == 0 ? null : $"{i:x8}deadbeef",
            Message = i % 4 == 0 ? $"message {i % 9} failed to apply" : null,
            LastSyncedAt = i % 8 == 0 ? null : new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero).AddMinutes(-(i % 50)),
        }).ToList();

    public static ClusterStore Store(IEnumerable<AppStatus> apps)
    {
        var store = new ClusterStore();
        foreach (var app in apps)
        {
            store.Upsert(app);
        }

        return store;
    }

    /// <summary>What Apps.razor.cs computed before the derived view (one pass per chip), kept as the oracle.</summary>
    public static (List<AppStatus> Rows, List<string> Namespaces, Dictionary<AppStateFilter, int> Counts) Former(IReadOnlyList<AppStatus> all, AppQuery query)
    {
        var rows = AppListModel.Apply(all, query);
        var namespaces = all.Select(a => a.Key.Namespace).Distinct().Order(StringComparer.Ordinal).ToList();
        var withoutState = query with { State = AppStateFilter.All };
        var candidates = all.Where(a => AppListModel.Matches(a, withoutState)).ToList();
        var counts = Enum.GetValues<AppStateFilter>()
            .ToDictionary(s => s, s => candidates.Count(a => AppListModel.Matches(a, withoutState with { State = s })));
        return (rows, namespaces, counts);
    }
}
