using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Core.Notifications.WebPush;

/// <summary>What the service worker (wwwroot/sw.js) reads from a push: title, body, link, and a tag that replaces older messages about the same object.</summary>
public sealed record WebPushMessage(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("tag")] string Tag,
    [property: JsonPropertyName("state")] string State)
{
    public static WebPushMessage From(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new WebPushMessage(notification.Headline, notification.Body, notification.Link, notification.Key.ToString(),
            notification.Kind == NotificationKind.Problem ? "problem" : "recovered");
    }

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this);
}
