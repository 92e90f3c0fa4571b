namespace Dashboard.Web.Configuration;

/// <summary><c>Dashboard:Notifications</c>: where problems and recoveries are sent, and how often.</summary>
public sealed class NotificationOptions
{
    /// <summary>Minutes an app must stay Degraded or OutOfSync before it notifies.</summary>
    public int GracePeriodMinutes { get; set; } = 5;

    /// <summary>Minutes after a notification about an object during which that object does not notify again.</summary>
    public int QuietPeriodMinutes { get; set; } = 15;

    /// <summary>Attempts per delivery and target, the first included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Seconds before the first retry; doubles each time, at most 5 minutes.</summary>
    public int RetryDelaySeconds { get; set; } = 5;

    /// <summary>The dashboard's public address (https://dash.example.org/), for links in messages. Unset: links are relative.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Web Push contact for push services: mailto: or https: URI. Required when a WebPush target is configured.</summary>
    public string? VapidSubject { get; set; }

    /// <summary>The VAPID key pair (JSON), created on first start. Unset: <c>vapid.json</c> beside the database, so it lives on the data volume.</summary>
    public string? VapidKeyPath { get; set; }

    public List<NotificationTargetOptions> Targets { get; set; } = [];
}
