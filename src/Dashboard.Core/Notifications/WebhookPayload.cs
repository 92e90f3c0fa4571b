using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Core.Notifications;

/// <summary>The JSON body of a webhook (and the data of a Web Push message). Field names are part of the contract.</summary>
public sealed record WebhookPayload(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("cluster")] string Cluster,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("namespace")] string Namespace,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("link")] string Link,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp)
{
    public static WebhookPayload From(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var key = notification.Key;
        return new WebhookPayload(notification.Id, notification.Kind == NotificationKind.Problem ? "problem" : "recovered",
            key.ToString(), key.Cluster, key.Kind.ToString(), key.Namespace, key.Name, notification.Reason, notification.Title,
            notification.Severity.ToString().ToLowerInvariant(), notification.Message, notification.Link, notification.At);
    }

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this);
}
