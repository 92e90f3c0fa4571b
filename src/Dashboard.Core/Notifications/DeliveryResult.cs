using System.Net;

namespace Dashboard.Core.Notifications;

/// <summary>The result of one attempt: the HTTP status when there was a response, else the error.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, int? StatusCode, string? Error)
{
    public static DeliveryResult FromStatus(HttpStatusCode status, string? error = null)
    {
        var code = (int)status;
        var outcome = code is >= 200 and < 300 ? DeliveryOutcome.Delivered
            : code is 408 or 429 or >= 500 ? DeliveryOutcome.Retry
            : DeliveryOutcome.Failed;
        return new DeliveryResult(outcome, code, outcome == DeliveryOutcome.Delivered ? null : error ?? $"HTTP {code} {status}");
    }

    public static DeliveryResult FromException(Exception exception) =>
        new(DeliveryOutcome.Retry, null, exception.GetType().Name + ": " + exception.Message);
}
