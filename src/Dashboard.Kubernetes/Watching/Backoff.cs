namespace Dashboard.Kubernetes.Watching;

/// <summary>Capped exponential backoff with full jitter: each delay is uniform in [0, min(cap, initial·2^attempt)).</summary>
public sealed class Backoff(TimeSpan initial, TimeSpan cap, Random random)
{
    private int _attempt;

    public int Attempt => _attempt;

    public TimeSpan Next()
    {
        var ceiling = Math.Min(cap.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, Math.Min(_attempt, 30)));
        _attempt++;
        return TimeSpan.FromMilliseconds(ceiling * random.NextDouble());
    }

    public void Reset() => _attempt = 0;
}
