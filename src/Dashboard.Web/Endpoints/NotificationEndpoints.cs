using Dashboard.Core.Notifications;
using Dashboard.Core.Notifications.WebPush;
using Dashboard.Web.Configuration;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Web Push sign-up for the "Notify this device" button, and the delivery log as JSON:
/// <c>GET /api/notifications/webpush</c> (VAPID public key), <c>POST</c>/<c>DELETE /api/notifications/webpush/subscriptions</c>,
/// <c>GET /api/notifications/deliveries?limit=</c>. All need a signed-in user (the fallback policy).
/// </summary>
public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/notifications").DisableAntiforgery();
        api.MapGet("/webpush", (NotificationOptions options, IServiceProvider services) => options.HasWebPush()
            ? Results.Json(new { enabled = true, publicKey = services.GetRequiredService<VapidKeys>().PublicKeyBase64Url })
            : Results.Json(new { enabled = false, publicKey = (string?)null }));
        api.MapPost("/webpush/subscriptions", SubscribeAsync);
        api.MapDelete("/webpush/subscriptions", UnsubscribeAsync);
        api.MapGet("/deliveries", async (int? limit, IDeliveryLog log, CancellationToken cancellationToken) =>
        {
            var attempts = await log.RecentAsync(limit ?? 50, cancellationToken);
            return Results.Json(attempts.Select(a => new
            {
                target = a.Target,
                notificationId = a.Notification.Id,
                state = a.Notification.Kind == NotificationKind.Problem ? "problem" : "recovered",
                @object = a.Notification.Key.ToString(),
                reason = a.Notification.Reason,
                attempt = a.AttemptNumber,
                at = a.At,
                statusCode = a.StatusCode,
                error = a.Error,
                outcome = a.Outcome.ToString(),
            }), StatusApiEndpoints.JsonOptions);
        });
        return endpoints;
    }

    private static async Task<IResult> SubscribeAsync(PushSubscriptionBody body, HttpContext context, NotificationOptions options,
        IPushSubscriptionStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!options.HasWebPush())
        {
            return Error(StatusCodes.Status409Conflict, "Web Push is not configured: add a WebPush target under Dashboard:Notifications:Targets.");
        }

        if (!Uri.TryCreate(body.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)
        {
            return Error(StatusCodes.Status400BadRequest, "endpoint must be an https URL.");
        }

        try
        {
            if (Base64Url.Decode(body.Keys?.P256dh ?? "").Length != P256.PublicKeyLength || Base64Url.Decode(body.Keys?.Auth ?? "").Length != 16)
            {
                return Error(StatusCodes.Status400BadRequest, "keys.p256dh must be a 65-byte P-256 point and keys.auth 16 bytes (base64url).");
            }
        }
        catch (FormatException)
        {
            return Error(StatusCodes.Status400BadRequest, "keys.p256dh and keys.auth must be base64url.");
        }

        await store.SaveAsync(new PushSubscription(body.Endpoint!, body.Keys!.P256dh!, body.Keys.Auth!, context.User.Identity?.Name,
            time.GetUtcNow()), cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> UnsubscribeAsync(string endpoint, IPushSubscriptionStore store, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(endpoint, cancellationToken);
        return Results.NoContent();
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}
