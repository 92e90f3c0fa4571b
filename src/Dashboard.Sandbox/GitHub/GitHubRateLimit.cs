namespace Dashboard.Sandbox.GitHub;

/// <summary>The emulator's primary rate limit: a budget per window, reset when the window ends. Thread-safe.</summary>
public sealed class GitHubRateLimit(int limit, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly int _limit = limit;
    private int _remaining = limit;
    private DateTimeOffset _resetAt = timeProvider.GetUtcNow() + window;

    public int Limit => _limit;

    public int Remaining
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return _remaining;
            }
        }
    }

    public DateTimeOffset ResetAt
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return _resetAt;
            }
        }
    }

    /// <summary>Uses up the budget: every request answers 403 "API rate limit exceeded" until the reset.</summary>
    public void Exhaust()
    {
        lock (_gate)
        {
            Roll();
            _remaining = 0;
        }
    }

    /// <summary>Counts one request; false when the budget is already used up.</summary>
    internal bool TryConsume()
    {
        lock (_gate)
        {
            Roll();
            if (_remaining == 0)
            {
                return false;
            }

            _remaining--;
            return true;
        }
    }

    internal (int Remaining, long ResetEpoch) Current()
    {
        lock (_gate)
        {
            Roll();
            return (_remaining, _resetAt.ToUnixTimeSeconds());
        }
    }

    private void Roll()
    {
        var now = timeProvider.GetUtcNow();
        if (now >= _resetAt)
        {
            _remaining = _limit;
            _resetAt = now + window;
        }
    }
}
