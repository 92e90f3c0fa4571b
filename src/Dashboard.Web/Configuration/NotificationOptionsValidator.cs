using Dashboard.Core.Notifications.WebPush;

namespace Dashboard.Web.Configuration;

/// <summary>The <c>Dashboard:Notifications</c> rules of <see cref="DashboardOptionsValidator"/>; every error names its key.</summary>
internal static class NotificationOptionsValidator
{
    private static readonly string[] NtfyPriorities = ["1", "2", "3", "4", "5", "min", "low", "default", "high", "max", "urgent"];

    public static void Validate(NotificationOptions notifications, List<string> errors)
    {
        var key = $"{DashboardOptions.SectionName}:Notifications";
        if (notifications.GracePeriodMinutes is < 0 or > 1440)
        {
            errors.Add($"{key}:GracePeriodMinutes: {notifications.GracePeriodMinutes} is outside 0..1440.");
        }

        if (notifications.QuietPeriodMinutes is < 0 or > 1440)
        {
            errors.Add($"{key}:QuietPeriodMinutes: {notifications.QuietPeriodMinutes} is outside 0..1440.");
        }

        if (notifications.MaxAttempts is < 1 or > 20)
        {
            errors.Add($"{key}:MaxAttempts: {notifications.MaxAttempts} is outside 1..20.");
        }

        if (notifications.RetryDelaySeconds is < 0 or > 3600)
        {
            errors.Add($"{key}:RetryDelaySeconds: {notifications.RetryDelaySeconds} is outside 0..3600.");
        }

        if (!string.IsNullOrWhiteSpace(notifications.BaseUrl) && !IsHttpUrl(notifications.BaseUrl))
        {
            errors.Add($"{key}:BaseUrl: '{notifications.BaseUrl}' is not an absolute http(s) URL such as https://dash.example.org/.");
        }

        for (var i = 0; i < notifications.Targets.Count; i++)
        {
            ValidateTarget(notifications, notifications.Targets[i], $"{key}:Targets:{i}", errors);
        }
    }

    private static void ValidateTarget(NotificationOptions notifications, NotificationTargetOptions target, string key, List<string> errors)
    {
        GitOptionsValidator.SecretPair(target.Secret, target.SecretFile, $"{key}:Secret", $"{key}:SecretFile", errors);
        GitOptionsValidator.SecretPair(target.Token, target.TokenFile, $"{key}:Token", $"{key}:TokenFile", errors);
        switch (target.Type)
        {
            case null:
                errors.Add($"{key}:Type: required: Webhook, Ntfy or WebPush.");
                break;
            case NotificationTargetType.Webhook or NotificationTargetType.Ntfy when !IsHttpUrl(target.Url):
                errors.Add($"{key}:Url: '{target.Url}' is not an absolute http(s) URL.");
                break;
            case NotificationTargetType.Ntfy when string.IsNullOrWhiteSpace(target.Topic)
                                                  && new Uri(target.Url!).AbsolutePath.Trim('/').Length == 0:
                errors.Add($"{key}:Topic: required for ntfy (or put the topic in {key}:Url).");
                break;
            case NotificationTargetType.WebPush when !VapidAuthorization.IsValidSubject(notifications.VapidSubject):
                errors.Add($"{DashboardOptions.SectionName}:Notifications:VapidSubject: a WebPush target needs a contact for push services, a mailto: or https: URI (was '{notifications.VapidSubject}').");
                break;
        }

        if (target.Priority is { Length: > 0 } priority && !NtfyPriorities.Contains(priority, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{key}:Priority: '{priority}' is not an ntfy priority (1-5, min, low, default, high, max).");
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
