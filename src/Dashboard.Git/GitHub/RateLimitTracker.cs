using System.Globalization;
using System.Net;

namespace Dashboard.Git.GitHub;

/// <summary>
/// The GitHub rate-limit budget as last reported (for the UI), and whether calls must hold back: until the reset
/// when the primary budget is spent, or for Retry-After after a secondary-limit refusal. Thread-safe.
/// </summary>
public sealed class RateLimitTracker(TimeProvider timeProvider)
{
    private static readonly TimeSpan DefaultSecondaryWait = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private DateTimeOffset? _blockedUntil;

    public RateLimitTracker()
        : this(TimeProvider.System)
    {
    }

    public TimeProvider TimeProvider => timeProvider;

    public int? Limit { get; private set; }

    public int? Remaining { get; private set; }

    public DateTimeOffset? ResetAt { get; private set; }

    /// <summary>Requests that got a rate-limit refusal so far.</summary>
    public int Refusals { get; private set; }

    /// <summary>When calls may go out again; null or past when they may go now.</summary>
    public DateTimeOffset? BlockedUntil
    {
        get
        {
            lock (_gate)
            {
                return _blockedUntil;
            }
        }
    }

    /// <summary>How long a call must wait before sending; zero when it may send now.</summary>
    public TimeSpan CurrentWait()
    {
        lock (_gate)
        {
            var wait = (_blockedUntil ?? DateTimeOffset.MinValue) - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Reads the rate-limit headers of a response; returns true when the response is a rate-limit refusal.</summary>
    public bool Observe(HttpStatusCode status, IReadOnlyDictionary<string, string> headers, string? body)
    {
        lock (_gate)
        {
            var limit = Header(headers, "X-RateLimit-Limit");
            var remaining = Header(headers, "X-RateLimit-Remaining");
            var reset = Header(headers, "X-RateLimit-Reset");
            Limit = limit ?? Limit;
            Remaining = remaining ?? Remaining;
            ResetAt = reset is { } epoch ? DateTimeOffset.FromUnixTimeSeconds(epoch) : ResetAt;
            var now = timeProvider.GetUtcNow();
            var refused = status is HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests
                && (remaining == 0 || (body?.Contains("rate limit", StringComparison.OrdinalIgnoreCase) ?? false) || Header(headers, "Retry-After") is not null);
            if (refused)
            {
                Refusals++;
                var retryAfter = Header(headers, "Retry-After");
                _blockedUntil = retryAfter is { } seconds ? now.AddSeconds(seconds)
                    : remaining == 0 && ResetAt > now ? ResetAt
                    : now + DefaultSecondaryWait;
            }
            else if (remaining == 0 && ResetAt > now)
            {
                // The last request of the budget succeeded: the next would be refused, so hold back until the reset.
                _blockedUntil = ResetAt;
            }

            return refused;
        }
    }

    private static int? Header(IReadOnlyDictionary<string, string> headers, string name)
    {
        foreach (var (key, value) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return null;
    }
}
