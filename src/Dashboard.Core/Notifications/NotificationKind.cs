namespace Dashboard.Core.Notifications;

/// <summary>What a notification announces: an object entered a problem, or left it.</summary>
public enum NotificationKind
{
    Problem,
    Recovered,
}
