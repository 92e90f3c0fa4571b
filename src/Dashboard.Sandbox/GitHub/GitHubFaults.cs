namespace Dashboard.Sandbox.GitHub;

/// <summary>Failures tests can inject into the GitHub emulator. Each hook applies to the next matching request(s). Thread-safe.</summary>
public sealed class GitHubFaults
{
    private readonly Lock _gate = new();
    private readonly List<HeldRequest> _holds = [];
    private int _serverErrors;
    private int _secondaryRateLimits;
    private int _secondaryRetryAfterSeconds;
    private int _moveRefBeforeUpdate;
    private TimeSpan _delay;
    private int _delayedRequests;
    private HeldRequest? _heldRefUpdate;

    /// <summary>The next <paramref name="count"/> requests answer 502 "Server Error".</summary>
    public void FailNextRequests(int count = 1) => Set(() => _serverErrors = count);

    /// <summary>The next <paramref name="count"/> requests answer 403 "You have exceeded a secondary rate limit" with Retry-After.</summary>
    public void SecondaryRateLimitNext(int retryAfterSeconds = 60, int count = 1) => Set(() =>
    {
        _secondaryRateLimits = count;
        _secondaryRetryAfterSeconds = retryAfterSeconds;
    });

    /// <summary>Just before the next ref update, someone else advances the branch, so the update is not a fast forward (422).</summary>
    public void MoveRefBeforeNextUpdate() => Set(() => _moveRefBeforeUpdate++);

    /// <summary>The next <paramref name="count"/> requests are answered after <paramref name="delay"/> (real time).</summary>
    public void DelayNextRequests(TimeSpan delay, int count = 1) => Set(() =>
    {
        _delay = delay;
        _delayedRequests = count;
    });

    /// <summary>
    /// The next ref update (<c>PATCH git/refs/…</c>, the last request of a commit) is held until the client goes away or
    /// <see cref="HeldRequest.Release"/>; with <paramref name="afterApplying"/> the branch moves first and only the answer waits.
    /// </summary>
    public HeldRequest HoldNextRefUpdate(bool afterApplying = false)
    {
        var hold = new HeldRequest(afterApplying);
        Set(() =>
        {
            _heldRefUpdate = hold;
            _holds.Add(hold);
        });
        return hold;
    }

    /// <summary>Lets every held request go on (the emulator calls it when it stops, so shutdown never waits on a hold).</summary>
    public void ReleaseHeldRequests()
    {
        lock (_gate)
        {
            _heldRefUpdate = null;
            foreach (var hold in _holds)
            {
                hold.Release();
            }
        }
    }

    internal HeldRequest? TakeRefUpdateHold()
    {
        lock (_gate)
        {
            var hold = _heldRefUpdate;
            _heldRefUpdate = null;
            return hold;
        }
    }

    internal bool TakeServerError() => Take(ref _serverErrors);

    internal int? TakeSecondaryRateLimit()
    {
        lock (_gate)
        {
            return Take(ref _secondaryRateLimits) ? _secondaryRetryAfterSeconds : null;
        }
    }

    internal bool TakeMoveRef() => Take(ref _moveRefBeforeUpdate);

    internal TimeSpan TakeDelay()
    {
        lock (_gate)
        {
            return Take(ref _delayedRequests) ? _delay : TimeSpan.Zero;
        }
    }

    private void Set(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }

    private bool Take(ref int counter)
    {
        lock (_gate)
        {
            if (counter <= 0)
            {
                return false;
            }

            counter--;
            return true;
        }
    }
}
