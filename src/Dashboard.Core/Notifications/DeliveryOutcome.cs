namespace Dashboard.Core.Notifications;

public enum DeliveryOutcome
{
    Delivered,

    /// <summary>Failed for now (5xx, 429, timeout, connection refused); tried again after a backoff.</summary>
    Retry,

    /// <summary>Failed for good (4xx other than 408/429, or out of attempts).</summary>
    Failed,
}
