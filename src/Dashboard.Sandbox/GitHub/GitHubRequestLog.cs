namespace Dashboard.Sandbox.GitHub;

/// <summary>Every request the emulator answered, in order. Thread-safe.</summary>
public sealed class GitHubRequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    public int CountWhere(Func<RecordedRequest, bool> predicate)
    {
        lock (_gate)
        {
            return _requests.Count(predicate);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}
