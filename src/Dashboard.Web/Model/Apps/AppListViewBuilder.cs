using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Apps;

/// <summary>
/// Builds an <see cref="AppListView"/> in one pass over apps that are already sorted: each app is tested once
/// against the query without its state, then against each state chip; the rows are those of the query's state.
/// Replaces the page's former ten passes (filter, namespaces, candidates, one count per chip) and its sort.
/// </summary>
public static class AppListViewBuilder
{
    public static readonly int StateCount = Enum.GetValues<AppStateFilter>().Length;

    private static readonly AppStateFilter[] States = Enum.GetValues<AppStateFilter>();

    /// <summary>One spelling per meaning, so equal queries share a cache entry ("" and "  " search like null).</summary>
    public static AppQuery Normalize(AppQuery query)
    {
        var words = AppListModel.SearchWords(query.Search);
        return query with
        {
            Search = words.Length == 0 ? null : string.Join(' ', words),
            Namespace = string.IsNullOrEmpty(query.Namespace) ? null : query.Namespace,
            Cluster = string.IsNullOrEmpty(query.Cluster) ? null : query.Cluster,
        };
    }

    public static AppListView Build(SortedApps sorted, AppQuery query)
    {
        if (sorted.SortBy != query.SortBy || sorted.Descending != query.Descending)
        {
            throw new ArgumentException($"The apps are sorted by {sorted.SortBy} (descending {sorted.Descending}) but the query asks for {query.SortBy} (descending {query.Descending}).", nameof(query));
        }

        var words = AppListModel.SearchWords(query.Search);
        var counts = new int[StateCount];
        var rows = new List<AppStatus>();
        foreach (var app in sorted.Apps)
        {
            if (!MatchesAllButState(app, query, words))
            {
                continue;
            }

            foreach (var state in States)
            {
                if (AppListModel.MatchesState(app, state))
                {
                    counts[(int)state]++;
                }
            }

            if (AppListModel.MatchesState(app, query.State))
            {
                rows.Add(app);
            }
        }

        return new AppListView(sorted.Version, query, rows, sorted.Apps.Count, sorted.Namespaces, counts);
    }

    private static bool MatchesAllButState(AppStatus app, AppQuery query, string[] words) =>
        (query.Controller is null || app.Controller == query.Controller)
        && (query.Namespace is null || string.Equals(app.Key.Namespace, query.Namespace, StringComparison.Ordinal))
        && (query.Cluster is null || string.Equals(app.Key.Cluster, query.Cluster, StringComparison.Ordinal))
        && AppListModel.MatchesWords(app, words);
}
