using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Dashboard.Kubernetes.Watching;

/// <summary>Turns an error response (or a watch ERROR event's Status) into the typed exceptions.</summary>
public static class KubernetesErrors
{
    public static KubernetesApiException FromResponse(HttpStatusCode statusCode, string? body, string? retryAfterHeader, string what, Exception? inner = null)
    {
        var (reason, message) = ReadStatus(body);
        var text = $"{what}: HTTP {(int)statusCode} {statusCode}{(message is null ? "" : $": {message}")}";
        return statusCode switch
        {
            HttpStatusCode.Gone => new ResourceGoneException(text, inner),
            HttpStatusCode.Forbidden => new ResourceForbiddenException(text, inner),
            HttpStatusCode.NotFound => new ResourceNotFoundException(text, inner),
            HttpStatusCode.TooManyRequests => new TooManyRequestsException(text, ParseRetryAfter(retryAfterHeader), inner),
            _ => new KubernetesApiException(statusCode, reason, text, inner),
        };
    }

    /// <summary>A watch ERROR event carries a Status object; its code says what happened.</summary>
    public static KubernetesApiException FromErrorEvent(JsonElement status, string what)
    {
        var code = status.ValueKind == JsonValueKind.Object && status.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 500;
        return FromResponse((HttpStatusCode)code, status.GetRawText(), null, $"{what} (watch ERROR event)");
    }

    private static (string? Reason, string? Message) ReadStatus(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return (ReadString(root, "reason"), ReadString(root, "message"));
            }
        }
        catch (JsonException)
        {
            // Not a Status (e.g. "404 page not found" as text/plain for an unserved type).
        }

        var trimmed = body.Trim();
        return (null, trimmed.Length > 200 ? trimmed[..200] : trimmed);
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static TimeSpan? ParseRetryAfter(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (int.TryParse(header.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        // An HTTP date is allowed too; relative to now it is at best approximate, so take it only when in the future.
        return DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at > DateTimeOffset.UtcNow
            ? at - DateTimeOffset.UtcNow
            : null;
    }
}
