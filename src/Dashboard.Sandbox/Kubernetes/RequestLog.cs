using System.Collections.Concurrent;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>Counts what clients ask the emulator, so tests and benchmarks can measure API cost.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<RequestRecord> _records = new();

    public IReadOnlyList<RequestRecord> All => _records.ToArray();

    public int Count => _records.Count;

    public int WatchCount => _records.Count(r => r.IsWatch);

    public int NonWatchGetCount => _records.Count(r => !r.IsWatch && r.Method == "GET");

    public int CountWhere(Func<RequestRecord, bool> predicate) => _records.Count(predicate);

    public void Reset() => _records.Clear();

    internal void Add(RequestRecord record) => _records.Enqueue(record);
}
