using BenchmarkDotNet.Attributes;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model.Apps;

namespace Dashboard.Bench.Micro;

/// <summary>
/// The Apps page's derived view at 5,000 apps: the former per-render computation (copy the snapshot's apps, then
/// twice per render: filter + sort, distinct namespaces, one pass per state chip) against the shared
/// <see cref="AppListViewCache"/> (one sort per snapshot version, one pass per query, a lookup for every other circuit).
/// </summary>
[MemoryDiagnoser]
public class AppListViewBenchmarks
{
    private static readonly AppQuery Search = new() { Search = "g0012" };

    private ClusterSnapshot _snapshot = ClusterSnapshot.Empty;
    private AppListViewCache _warm = new();
    private SortedApps _sorted = null!;

    [GlobalSetup]
    public void Setup()
    {
        var store = new ClusterStore();
        foreach (var app in MicroFixtures.Apps(5000))
        {
            store.Upsert(app);
        }

        _snapshot = store.Current;
        _warm = new AppListViewCache();
        _warm.Get(_snapshot, new AppQuery());
        _sorted = SortedApps.Create(_snapshot.Version, _snapshot.Apps, AppSortColumn.Status, false);
    }

    [Benchmark(Baseline = true, Description = "former page render: copy + 2 refreshes (filter+sort, namespaces, 7 chip passes)")]
    public int FormerRender() => FormerRefresh(_snapshot.Apps.ToList(), new AppQuery()) + FormerRefresh(_snapshot.Apps.ToList(), new AppQuery());

    [Benchmark(Description = "derived view, new snapshot version (sort once + one pass)")]
    public int NewVersion() => new AppListViewCache().Get(_snapshot, new AppQuery()).Rows.Count;

    [Benchmark(Description = "derived view, query change on the same version (one pass, no sort)")]
    public int QueryChange() => AppListViewBuilder.Build(_sorted, new AppQuery { State = AppStateFilter.Healthy }).Rows.Count;

    [Benchmark(Description = "derived view, another circuit or the render after prerender (cache hit)")]
    public int CacheHit() => _warm.Get(_snapshot, new AppQuery()).Rows.Count;

    [Benchmark(Description = "former page render with search 'g0012'")]
    public int FormerSearch() => FormerRefresh(_snapshot.Apps.ToList(), Search) + FormerRefresh(_snapshot.Apps.ToList(), Search);

    [Benchmark(Description = "derived view, search 'g0012' on the sorted list (one pass)")]
    public int DerivedSearch() => AppListViewBuilder.Build(_sorted, Search).Rows.Count;

    /// <summary>What Apps.razor.cs did on every snapshot and every query before the derived view (kept here as the "old path").</summary>
    private static int FormerRefresh(List<AppStatus> all, AppQuery query)
    {
        var rows = AppListModel.Apply(all, query);
        var namespaces = all.Select(a => a.Key.Namespace).Distinct().Order(StringComparer.Ordinal).ToList();
        var withoutState = query with { State = AppStateFilter.All };
        var candidates = all.Where(a => AppListModel.Matches(a, withoutState)).ToList();
        var counts = Enum.GetValues<AppStateFilter>()
            .ToDictionary(s => s, s => candidates.Count(a => AppListModel.Matches(a, withoutState with { State = s })));
        return rows.Count + namespaces.Count + counts.Count;
    }
}
