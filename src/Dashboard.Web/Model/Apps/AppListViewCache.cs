using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model.Apps;

/// <summary>
/// The Apps page's derived views, shared by every circuit (a singleton): one sort per (snapshot version, sort order),
/// one filter-and-count pass per (snapshot version, query). The prerender and the circuit's first render of the
/// same page, and every open page with the same query, get the same instance. Entries of older versions are dropped
/// as soon as a newer version is asked for (pages only ever move forward with the store), and each table is bounded
/// (least recently used out), so it holds at most a few views of the current snapshot.
/// </summary>
public sealed class AppListViewCache
{
    public const int DefaultMaxViews = 32;
    public const int DefaultMaxSorts = 4;

    private readonly Lock _lock = new();
    private readonly Dictionary<(long Version, AppQuery Query), Entry<AppListView>> _views = [];
    private readonly Dictionary<(long Version, AppSortColumn SortBy, bool Descending), Entry<SortedApps>> _sorts = [];
    private readonly int _maxViews;
    private readonly int _maxSorts;
    private long _newestVersion = long.MinValue;
    private long _tick;

    public AppListViewCache(int maxViews = DefaultMaxViews, int maxSorts = DefaultMaxSorts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxViews, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSorts, 1);
        _maxViews = maxViews;
        _maxSorts = maxSorts;
    }

    /// <summary>Views computed so far (cache misses); tests and the benchmark read it.</summary>
    public long ViewsBuilt { get; private set; }

    /// <summary>Full sorts done so far.</summary>
    public long SortsDone { get; private set; }

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
        var key = (snapshot.Version, normalized);
        lock (_lock)
        {
            Forget(snapshot.Version);
            if (_views.TryGetValue(key, out var hit))
            {
                hit.LastUsed = ++_tick;
                return hit.Value;
            }
        }

        // Built outside the lock: two circuits asking for the same new key at once both build it, which is
        // cheaper than making every other query wait behind one build.
        var view = AppListViewBuilder.Build(GetSorted(snapshot, normalized.SortBy, normalized.Descending), normalized);
        lock (_lock)
        {
            ViewsBuilt++;
            if (snapshot.Version >= _newestVersion)
            {
                Put(_views, key, view, _maxViews);
            }
        }

        return view;
    }

    private SortedApps GetSorted(ClusterSnapshot snapshot, AppSortColumn sortBy, bool descending)
    {
        SortedApps? other = null;
        lock (_lock)
        {
            if (_sorts.TryGetValue((snapshot.Version, sortBy, descending), out var hit))
            {
                hit.LastUsed = ++_tick;
                return hit.Value;
            }

            // Another order of the same version already holds the apps out of the snapshot's tree.
            other = _sorts.Where(s => s.Key.Version == snapshot.Version).Select(s => s.Value.Value).FirstOrDefault();
        }

        var sorted = other is null ? SortedApps.Create(snapshot.Version, snapshot.Apps, sortBy, descending) : other.Resort(sortBy, descending);
        lock (_lock)
        {
            SortsDone++;
            if (snapshot.Version >= _newestVersion)
            {
                Put(_sorts, (snapshot.Version, sortBy, descending), sorted, _maxSorts);
            }
        }

        return sorted;
    }

    /// <summary>Drops every entry older than <paramref name="version"/> once it is the newest asked for. Caller holds the lock.</summary>
    private void Forget(long version)
    {
        if (version <= _newestVersion)
        {
            return;
        }

        _newestVersion = version;
        RemoveWhere(_views, k => k.Version < version);
        RemoveWhere(_sorts, k => k.Version < version);
    }

    private void Put<TKey, TValue>(Dictionary<TKey, Entry<TValue>> table, TKey key, TValue value, int max)
        where TKey : notnull
    {
        if (!table.ContainsKey(key) && table.Count >= max)
        {
            table.Remove(table.MinBy(e => e.Value.LastUsed).Key);
        }

        table[key] = new Entry<TValue>(value) { LastUsed = ++_tick };
    }

    private static void RemoveWhere<TKey, TValue>(Dictionary<TKey, Entry<TValue>> table, Func<TKey, bool> predicate)
        where TKey : notnull
    {
        foreach (var key in table.Keys.Where(predicate).ToList())
        {
            table.Remove(key);
        }
    }

    private sealed class Entry<T>(T value)
    {
        public T Value { get; } = value;

        public long LastUsed { get; set; }
    }
}
