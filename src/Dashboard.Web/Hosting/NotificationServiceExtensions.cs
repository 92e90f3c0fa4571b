using Dashboard.Core.Health;
using Dashboard.Core.Notifications;
using Dashboard.Core.Notifications.WebPush;
using Dashboard.Core.Streaming;
using Dashboard.Data;
using Dashboard.Web.Configuration;
using Dashboard.Web.Model;

namespace Dashboard.Web.Hosting;

public static class NotificationServiceExtensions
{
    public const string HttpClientName = "notifications";

    /// <summary>
    /// The notification service, its dispatcher and one target per <c>Dashboard:Notifications:Targets</c> entry.
    /// With no targets the service still runs (Web Push subscriptions and the delivery log stay available).
    /// </summary>
    public static IServiceCollection AddDashboardNotifications(this IServiceCollection services, NotificationOptions options, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = ToSettings(options);
        services.AddSingleton(settings);
        services.AddSingleton(options);
        services.AddHttpClient(HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan); // the dispatcher bounds each attempt
        services.AddSingleton<IDeliveryLog, EfDeliveryLog>();
        services.AddSingleton<IPushSubscriptionStore, EfPushSubscriptionStore>();
        var vapidPath = string.IsNullOrWhiteSpace(options.VapidKeyPath)
            ? Path.Combine(Path.GetDirectoryName(databasePath) ?? ".", "vapid.json")
            : ResolvePath(options.VapidKeyPath);
        services.AddSingleton(_ => VapidKeyFile.LoadOrCreate(vapidPath));
        services.AddSingleton(sp => new NotificationDispatcher(CreateTargets(sp, options), sp.GetRequiredService<IDeliveryLog>(), settings,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<NotificationDispatcher>>()));
        services.AddSingleton(sp => new NotificationService(sp.GetRequiredService<IClusterStore>(), sp.GetRequiredService<ProblemFinder>(),
            sp.GetRequiredService<NotificationDispatcher>(), settings, DetailLinks.For, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<NotificationService>>()));
        services.AddHostedService(sp => sp.GetRequiredService<NotificationService>());
        return services;
    }

    public static NotificationSettings ToSettings(NotificationOptions options) => new()
    {
        GracePeriod = TimeSpan.FromMinutes(options.GracePeriodMinutes),
        QuietPeriod = TimeSpan.FromMinutes(options.QuietPeriodMinutes),
        MaxAttempts = options.MaxAttempts,
        RetryDelay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
        BaseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? null : new Uri(options.BaseUrl.TrimEnd('/') + "/"),
    };

    public static bool HasWebPush(this NotificationOptions options) =>
        options.Targets.Any(t => t.Type == NotificationTargetType.WebPush);

    private static List<INotificationTarget> CreateTargets(IServiceProvider services, NotificationOptions options)
    {
        var http = services.GetRequiredService<IHttpClientFactory>();
        var time = services.GetRequiredService<TimeProvider>();
        var targets = new List<INotificationTarget>();
        for (var i = 0; i < options.Targets.Count; i++)
        {
            var target = options.Targets[i];
            targets.Add(target.Type switch
            {
                NotificationTargetType.Webhook => new WebhookTarget(http.CreateClient(HttpClientName), new Uri(target.Url!),
                    target.ResolveSecret() is { } secret ? System.Text.Encoding.UTF8.GetBytes(secret) : null, time,
                    $"webhook#{i} ({new Uri(target.Url!).Host})"),
                NotificationTargetType.Ntfy => new NtfyTarget(http.CreateClient(HttpClientName), NtfyTopicUrl(target), target.ResolveToken(),
                    string.IsNullOrWhiteSpace(target.Priority) ? null : target.Priority.ToLowerInvariant(), $"ntfy#{i} ({NtfyTopicUrl(target).Host})"),
                NotificationTargetType.WebPush => new WebPushTarget(http.CreateClient(HttpClientName),
                    services.GetRequiredService<IPushSubscriptionStore>(), services.GetRequiredService<VapidKeys>(), options.VapidSubject!, time,
                    services.GetRequiredService<ILogger<WebPushTarget>>()),
                _ => throw new InvalidOperationException($"Dashboard:Notifications:Targets:{i}:Type is not set."),
            });
        }

        return targets;
    }

    private static Uri NtfyTopicUrl(NotificationTargetOptions target)
    {
        var server = target.Url!.TrimEnd('/');
        return new Uri(string.IsNullOrWhiteSpace(target.Topic) ? server : $"{server}/{Uri.EscapeDataString(target.Topic.Trim())}");
    }

    private static string ResolvePath(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));
}
