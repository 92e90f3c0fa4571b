namespace Dashboard.Core.Notifications;

/// <summary>One recorded attempt to deliver one notification to one target.</summary>
public sealed record DeliveryAttempt(
    string Target,
    Notification Notification,
    int AttemptNumber,
    DateTimeOffset At,
    int? StatusCode,
    string? Error,
    DeliveryOutcome Outcome);
