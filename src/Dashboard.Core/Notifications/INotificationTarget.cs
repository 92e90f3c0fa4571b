namespace Dashboard.Core.Notifications;

/// <summary>One configured destination (webhook, ntfy topic, Web Push). Each gets its own queue.</summary>
public interface INotificationTarget
{
    /// <summary>Shown in the delivery log: "webhook#0 (hooks.example.org)". Never contains a secret.</summary>
    string Name { get; }

    /// <summary>One attempt. Returns the outcome; throws only for cancellation.</summary>
    Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken);
}
