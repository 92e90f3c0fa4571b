using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Apps;

/// <summary>Filters, searches and sorts apps for the Apps page; pure so it is tested without a renderer.</summary>
public static class AppListModel
{
    public static List<AppStatus> Apply(IEnumerable<AppStatus> apps, AppQuery query)
    {
        var filtered = apps.Where(a => Matches(a, query));
        var comparer = Comparer(query.SortBy);
        var sorted = query.Descending ? filtered.OrderByDescending(a => a, comparer) : filtered.OrderBy(a => a, comparer);
        return sorted.ToList();
    }

    public static bool Matches(AppStatus app, AppQuery query) =>
        MatchesState(app, query.State)
        && (query.Controller is null || app.Controller == query.Controller)
        && (string.IsNullOrEmpty(query.Namespace) || string.Equals(app.Key.Namespace, query.Namespace, StringComparison.Ordinal))
        && (string.IsNullOrEmpty(query.Cluster) || string.Equals(app.Key.Cluster, query.Cluster, StringComparison.Ordinal))
        && MatchesSearch(app, query.Search);

    public static bool MatchesState(AppStatus app, AppStateFilter state) => state switch
    {
        AppStateFilter.Problems => AppSeverity.IsProblem(app),
        AppStateFilter.OutOfSync => app.Sync == SyncState.OutOfSync,
        AppStateFilter.Degraded => app.Health is HealthState.Degraded or HealthState.Missing,
        AppStateFilter.Progressing => app.Health == HealthState.Progressing,
        AppStateFilter.Suspended => app.Suspended || app.Health == HealthState.Suspended,
        AppStateFilter.Healthy => app.Health == HealthState.Healthy && app.Sync != SyncState.OutOfSync,
        _ => true,
    };

    /// <summary>Every word must appear in one of the searchable fields (name, namespace, repo, path, revision, message).</summary>
    private static bool MatchesSearch(AppStatus app, string? search) =>
        string.IsNullOrWhiteSpace(search) || MatchesWords(app, SearchWords(search));

    /// <summary>The words of a search box text; split once per query, not once per app.</summary>
    public static string[] SearchWords(string? search) =>
        string.IsNullOrWhiteSpace(search) ? [] : search.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when every word appears in one of the searchable fields; no words match everything.</summary>
    public static bool MatchesWords(AppStatus app, string[] words)
    {
        foreach (var word in words)
        {
            if (!Contains(app.Key.Name, word) && !Contains(app.Key.Namespace, word) && !Contains(app.Source?.RepoUrl, word)
                && !Contains(app.Source?.Path, word) && !Contains(app.Revision, word) && !Contains(app.Message, word)
                && !Contains(app.Source?.Chart, word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(string? field, string word) =>
        field is not null && field.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static IComparer<AppStatus> Comparer(AppSortColumn column) => column switch
    {
        AppSortColumn.Name => Compare(a => a.Key.Name),
        AppSortColumn.Namespace => Compare(a => a.Key.Namespace, a => a.Key.Name),
        AppSortColumn.Controller => Compare(a => a.Controller.ToString(), a => a.Key.Name),
        AppSortColumn.Cluster => Compare(a => a.Key.Cluster, a => a.Key.Name),
        AppSortColumn.LastSync => Comparer<AppStatus>.Create((x, y) =>
            Nullable.Compare(x.LastSyncedAt, y.LastSyncedAt) is var c and not 0 ? c : CompareNames(x, y)),
        _ => Comparer<AppStatus>.Create((x, y) =>
            AppSeverity.Of(y).CompareTo(AppSeverity.Of(x)) is var c and not 0 ? c : CompareNames(x, y)),
    };

    /// <summary>
    /// A total order (name, namespace, cluster, kind): equal names in several namespaces or clusters keep one order
    /// whatever order the snapshot enumerates them in, so rows do not swap places between snapshots.
    /// </summary>
    private static int CompareNames(AppStatus x, AppStatus y)
    {
        var result = string.CompareOrdinal(x.Key.Name, y.Key.Name);
        result = result != 0 ? result : string.CompareOrdinal(x.Key.Namespace, y.Key.Namespace);
        result = result != 0 ? result : string.CompareOrdinal(x.Key.Cluster, y.Key.Cluster);
        return result != 0 ? result : x.Key.Kind.CompareTo(y.Key.Kind);
    }

    private static IComparer<AppStatus> Compare(Func<AppStatus, string> first, Func<AppStatus, string>? second = null) =>
        Comparer<AppStatus>.Create((x, y) =>
        {
            var result = string.Compare(first(x), first(y), StringComparison.OrdinalIgnoreCase);
            result = result != 0 || second is null ? result : string.Compare(second(x), second(y), StringComparison.OrdinalIgnoreCase);
            return result != 0 ? result : CompareNames(x, y);
        });
}
