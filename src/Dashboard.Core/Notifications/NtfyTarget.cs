using System.Net.Http.Headers;
using System.Text;
using Dashboard.Core.Health;

namespace Dashboard.Core.Notifications;

/// <summary>
/// ntfy (https://docs.ntfy.sh/publish/): POST the message text to {server}/{topic} with Title, Priority,
/// Tags and Click headers; a bearer token for protected topics.
/// </summary>
/// <param name="priority">1-5 or min/low/default/high/max for problems; null picks by severity. Recoveries are always "default".</param>
public sealed class NtfyTarget(HttpClient http, Uri topicUrl, string? token, string? priority, string name) : INotificationTarget
{
    public string Name { get; } = name;

    public async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        using var request = new HttpRequestMessage(HttpMethod.Post, topicUrl)
        {
            Content = new StringContent(notification.Body, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Title", HeaderValue(notification.Headline));
        request.Headers.Add("Priority", PriorityFor(notification));
        request.Headers.Add("Tags", notification.Kind == NotificationKind.Problem
            ? notification.Severity == ProblemSeverity.Critical ? "rotating_light" : "warning"
            : "white_check_mark");
        if (Uri.TryCreate(notification.Link, UriKind.Absolute, out var link) && link.Scheme is "https" or "http")
        {
            request.Headers.Add("Click", link.AbsoluteUri); // ntfy needs an absolute URL ("/x" parses as a file URI on Unix); without BaseUrl there is none
        }

        if (token is { Length: > 0 })
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return DeliveryResult.FromStatus(response.StatusCode);
    }

    internal string PriorityFor(Notification notification) => notification.Kind == NotificationKind.Recovered
        ? "default"
        : priority ?? (notification.Severity == ProblemSeverity.Critical ? "high" : "default");

    /// <summary>HTTP headers are Latin-1 at best; ntfy decodes RFC 2047 encoded words for anything else.</summary>
    public static string HeaderValue(string value) => value.All(c => c is >= ' ' and <= '~')
        ? value
        : $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
