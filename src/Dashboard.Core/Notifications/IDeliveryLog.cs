namespace Dashboard.Core.Notifications;

/// <summary>Where every delivery attempt is recorded (SQLite in the app).</summary>
public interface IDeliveryLog
{
    Task RecordAsync(DeliveryAttempt attempt, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<DeliveryAttempt>> RecentAsync(int count, CancellationToken cancellationToken);
}
