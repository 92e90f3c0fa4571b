namespace Dashboard.Core.Cluster;

/// <summary>The last sync/reconcile the controller ran (Argo operationState; Flux last handled reconcile).</summary>
public sealed record LastOperation(
    string Phase,
    string? Message,
    string? Revision,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int RetryCount = 0)
{
    public TimeSpan? Duration => StartedAt is { } s && FinishedAt is { } f && f >= s ? f - s : null;
}
