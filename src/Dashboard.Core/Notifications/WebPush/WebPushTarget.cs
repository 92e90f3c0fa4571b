using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Dashboard.Core.Health;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Notifications.WebPush;

/// <summary>
/// Sends each notification to every stored browser subscription (RFC 8030 push, RFC 8291 encryption,
/// RFC 8292 VAPID). A subscription the push service calls gone (404/410) is deleted. A retry goes
/// only to the subscriptions that have not accepted the message yet.
/// </summary>
public sealed class WebPushTarget(
    HttpClient http,
    IPushSubscriptionStore subscriptions,
    VapidKeys keys,
    string subject,
    TimeProvider time,
    ILogger<WebPushTarget> logger) : INotificationTarget
{
    private const int TimeToLiveSeconds = 24 * 60 * 60;

    private readonly ConditionalWeakTable<Notification, HashSet<string>> _accepted = [];

    public string Name => "webpush";

    public async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var accepted = _accepted.GetOrCreateValue(notification);
        var pending = (await subscriptions.ListAsync(cancellationToken)).Where(s => !accepted.Contains(s.Endpoint)).ToList();
        if (pending.Count == 0)
        {
            return new DeliveryResult(DeliveryOutcome.Delivered, null, accepted.Count == 0 ? "No device subscribed" : null);
        }

        var payload = WebPushMessage.From(notification).ToUtf8Json();
        var failures = new List<string>();
        int? lastStatus = null;
        var retry = false;
        foreach (var subscription in pending)
        {
            var result = await SendOneAsync(subscription, payload, notification, cancellationToken);
            lastStatus = result.StatusCode ?? lastStatus;
            if (result.Outcome == DeliveryOutcome.Delivered)
            {
                accepted.Add(subscription.Endpoint);
                continue;
            }

            failures.Add($"{Origin(subscription.Endpoint)}: {result.Error}");
            retry |= result.Outcome == DeliveryOutcome.Retry;
            if (result.StatusCode is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.Gone)
            {
                logger.LogInformation("Push subscription at {Origin} is gone ({Status}); deleting it", Origin(subscription.Endpoint),
                    result.StatusCode);
                await subscriptions.DeleteAsync(subscription.Endpoint, cancellationToken);
            }
        }

        if (failures.Count == 0)
        {
            return new DeliveryResult(DeliveryOutcome.Delivered, lastStatus, null);
        }

        var error = $"{failures.Count} of {pending.Count} device(s) failed: {string.Join("; ", failures)}";
        return new DeliveryResult(retry ? DeliveryOutcome.Retry : DeliveryOutcome.Failed, lastStatus, error);
    }

    private async Task<DeliveryResult> SendOneAsync(PushSubscription subscription, byte[] payload, Notification notification,
        CancellationToken cancellationToken)
    {
        try
        {
            var endpoint = new Uri(subscription.Endpoint);
            var body = WebPushEncryption.Encrypt(Base64Url.Decode(subscription.P256dh), Base64Url.Decode(subscription.Auth), payload);
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            request.Content.Headers.ContentEncoding.Add("aes128gcm");
            request.Headers.Add("TTL", TimeToLiveSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("Urgency", notification.Kind == NotificationKind.Problem && notification.Severity == ProblemSeverity.Critical
                ? "high" : "normal");
            request.Headers.TryAddWithoutValidation("Authorization",
                VapidAuthorization.CreateHeader(keys, endpoint, subject, time.GetUtcNow()));
            using var response = await http.SendAsync(request, cancellationToken);
            return DeliveryResult.FromStatus(response.StatusCode);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or FormatException or UriFormatException)
        {
            return new DeliveryResult(DeliveryOutcome.Failed, null, "Unusable subscription: " + exception.Message);
        }
        catch (HttpRequestException exception)
        {
            return DeliveryResult.FromException(exception);
        }
    }

    private static string Origin(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "invalid endpoint";
}
