using Dashboard.Core.Notifications;

namespace Dashboard.Web.Model.Notifications;

/// <summary>One delivery attempt as the Notifications page shows it.</summary>
public sealed record DeliveryRow(
    string Key,
    string Object,
    string Link,
    string State,
    string StateTone,
    string Title,
    string Target,
    int Attempt,
    DateTimeOffset At,
    string Outcome,
    string OutcomeTone,
    string? Detail)
{
    public static DeliveryRow From(DeliveryAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var n = attempt.Notification;
        var problem = n.Kind == NotificationKind.Problem;
        var detail = attempt.Error ?? (attempt.StatusCode is { } code ? $"HTTP {code}" : null);
        return new DeliveryRow($"{n.Id:N}/{attempt.Target}/{attempt.AttemptNumber}", n.Key.Name, n.Link, problem ? "problem" : "recovered", problem ? "warning" : "success", n.Title,
            attempt.Target, attempt.AttemptNumber, attempt.At, attempt.Outcome.ToString(), attempt.Outcome switch
            {
                DeliveryOutcome.Delivered => "success",
                DeliveryOutcome.Retry => "warning",
                _ => "error",
            }, detail);
    }
}
