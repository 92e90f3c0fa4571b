using System.Globalization;
using System.Net.Http.Headers;

namespace Dashboard.Core.Notifications;

/// <summary>Posts <see cref="WebhookPayload"/> as JSON, signed when a secret is configured.</summary>
public sealed class WebhookTarget(HttpClient http, Uri url, byte[]? secret, TimeProvider time, string name) : INotificationTarget
{
    public string Name { get; } = name;

    public async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var body = WebhookPayload.From(notification).ToUtf8Json();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-Dashboard-Delivery", notification.Id.ToString());
        if (secret is { Length: > 0 })
        {
            // Signed per attempt, so a retry carries a fresh timestamp.
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(secret, timestamp, body));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return DeliveryResult.FromStatus(response.StatusCode);
    }
}
