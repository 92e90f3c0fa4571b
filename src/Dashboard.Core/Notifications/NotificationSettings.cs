namespace Dashboard.Core.Notifications;

/// <summary>Timing of notifications and deliveries; the defaults suit a homelab.</summary>
public sealed record NotificationSettings
{
    /// <summary>How long an app must stay Degraded or OutOfSync before it notifies; recovering within it sends nothing.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>After a notification about an object, further changes of that object wait this long (a flapping object notifies once).</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Time-based problems (grace over, certificate nearing expiry, backup late) appear without a store change, so re-check this often.</summary>
    public TimeSpan EvaluationInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per delivery, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Wait before the second attempt; doubles each time up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Per attempt; a target slower than this counts as failed (and is retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Absolute base of the dashboard (https://dash.example.org/) for links in messages; null gives relative links.</summary>
    public Uri? BaseUrl { get; init; }
}
