namespace Dashboard.Core.Notifications.WebPush;

public interface IPushSubscriptionStore
{
    Task<IReadOnlyList<PushSubscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces (same endpoint) a subscription.</summary>
    Task SaveAsync(PushSubscription subscription, CancellationToken cancellationToken);

    /// <summary>The push service answered 404/410: the subscription is gone for good.</summary>
    Task DeleteAsync(string endpoint, CancellationToken cancellationToken);
}
