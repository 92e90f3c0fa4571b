namespace Dashboard.Web.Model.Apps;

/// <summary>
/// A small dictionary of lazily built values that evicts the least recently used entry past its bound. Not thread-safe:
/// <see cref="AppListViewCache"/> calls it under its lock; the values build outside the lock (Lazy, one build per key).
/// </summary>
internal sealed class BoundedTable<TKey, TValue>(int max)
    where TKey : notnull
{
    private readonly Dictionary<TKey, (Lazy<TValue> Value, long LastUsed)> _entries = [];
    private long _tick;

    public int Count => _entries.Count;

    public IEnumerable<Lazy<TValue>> Values => _entries.Values.Select(e => e.Value);

    public Lazy<TValue> GetOrAdd(TKey key, Func<Lazy<TValue>> create)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = (entry.Value, ++_tick);
            return entry.Value;
        }

        if (_entries.Count >= max)
        {
            _entries.Remove(_entries.MinBy(e => e.Value.LastUsed).Key);
        }

        var value = create();
        _entries[key] = (value, ++_tick);
        return value;
    }

    public void RemoveWhere(Func<TKey, bool> predicate)
    {
        foreach (var key in _entries.Keys.Where(predicate).ToList())
        {
            _entries.Remove(key);
        }
    }
}
