using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model.Apps;

/// <summary>
/// The Apps page's derived views, shared by every circuit (a singleton): one sort per (apps version, sort order),
/// one filter-and-count pass per (apps version, query). Keyed by <see cref="ClusterSnapshot.AppsVersion"/>, so a
/// certificate, event or watch change does not throw the sorted list away. The prerender and the circuit's first
/// render of a page, and every open page with the same query, get the same instance; pages that ask for the same new
/// key at once wait for one build instead of each building it. Entries of older versions are dropped as soon as a
/// newer one is asked for (pages only move forward with the store) and each table is bounded (least recently used
/// out), so it holds at most a few views of the current apps.
/// </summary>
public sealed class AppListViewCache
{
    public const int DefaultMaxViews = 32;
    public const int DefaultMaxSorts = 4;

    private readonly Lock _lock = new();
    private readonly BoundedTable<(long Version, AppQuery Query), AppListView> _views;
    private readonly BoundedTable<(long Version, AppSortColumn SortBy, bool Descending), SortedApps> _sorts;
    private long _newestVersion = long.MinValue;
    private long _viewsBuilt;
    private long _sortsDone;

    public AppListViewCache(int maxViews = DefaultMaxViews, int maxSorts = DefaultMaxSorts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxViews, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSorts, 1);
        _views = new(maxViews);
        _sorts = new(maxSorts);
    }

    /// <summary>Views computed so far (cache misses); tests and the benchmark read it.</summary>
    public long ViewsBuilt => Interlocked.Read(ref _viewsBuilt);

    /// <summary>Full sorts done so far.</summary>
    public long SortsDone => Interlocked.Read(ref _sortsDone);

    public int ViewCount
    {
        get
        {
            lock (_lock)
            {
                return _views.Count;
            }
        }
    }

    public int SortCount
    {
        get
        {
            lock (_lock)
            {
                return _sorts.Count;
            }
        }
    }

    public AppListView Get(ClusterSnapshot snapshot, AppQuery query)
    {
        var normalized = AppListViewBuilder.Normalize(query);
        var version = snapshot.AppsVersion;
        Lazy<AppListView> view;
        lock (_lock)
        {
            Forget(version);
            view = version < _newestVersion
                ? new Lazy<AppListView>(() => BuildView(snapshot, normalized)) // a late page on an older snapshot: answer, don't keep
                : _views.GetOrAdd((version, normalized), () => new Lazy<AppListView>(() => BuildView(snapshot, normalized)));
        }

        return view.Value;
    }

    private AppListView BuildView(ClusterSnapshot snapshot, AppQuery query)
    {
        Interlocked.Increment(ref _viewsBuilt);
        return AppListViewBuilder.Build(GetSorted(snapshot, query.SortBy, query.Descending), query);
    }

    private SortedApps GetSorted(ClusterSnapshot snapshot, AppSortColumn sortBy, bool descending)
    {
        var version = snapshot.AppsVersion;
        Lazy<SortedApps> sorted;
        lock (_lock)
        {
            // Another order of the same version already holds the apps out of the snapshot's tree.
            var other = _sorts.Values.Where(s => s.IsValueCreated && s.Value.Version == version).Select(s => s.Value).FirstOrDefault();
            Func<SortedApps> sort = () =>
            {
                Interlocked.Increment(ref _sortsDone);
                return other?.Resort(sortBy, descending) ?? SortedApps.Create(version, snapshot.Apps, sortBy, descending);
            };
            sorted = version < _newestVersion ? new Lazy<SortedApps>(sort) : _sorts.GetOrAdd((version, sortBy, descending), () => new Lazy<SortedApps>(sort));
        }

        return sorted.Value;
    }

    /// <summary>Drops every entry older than <paramref name="version"/> once it is the newest asked for. Caller holds the lock.</summary>
    private void Forget(long version)
    {
        if (version <= _newestVersion)
        {
            return;
        }

        _newestVersion = version;
        _views.RemoveWhere(k => k.Version < version);
        _sorts.RemoveWhere(k => k.Version < version);
    }
}
