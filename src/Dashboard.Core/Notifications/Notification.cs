using Dashboard.Core.Cluster;
using Dashboard.Core.Health;

namespace Dashboard.Core.Notifications;

/// <summary>One transition to announce; every target gets the same record.</summary>
/// <param name="Reason">Stable reason code (see <see cref="NotificationReasons"/>); with the key it identifies the open problem.</param>
/// <param name="Title">The Overview's wording of the problem ("OutOfSync", "Certificate expires in 3 days").</param>
/// <param name="Link">Absolute when a base URL is configured, else relative to the dashboard.</param>
public sealed record Notification(
    Guid Id,
    NotificationKind Kind,
    ResourceKey Key,
    string Reason,
    string Title,
    string? Message,
    ProblemSeverity Severity,
    string Link,
    DateTimeOffset At)
{
    /// <summary>One line for push titles: "Problem: OutOfSync – podinfo" / "Recovered: OutOfSync – podinfo".</summary>
    public string Headline => Kind == NotificationKind.Problem
        ? $"{Title}: {Key.Name}"
        : $"Recovered: {Key.Name} ({Title})";

    public string Body => Kind == NotificationKind.Problem
        ? $"{Key} – {Message ?? Title}"
        : $"{Key} is fine again ({Title} cleared).";
}
