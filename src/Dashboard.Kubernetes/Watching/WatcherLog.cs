using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Watching;

/// <summary>The watchers' structured log messages.</summary>
internal static partial class WatcherLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Listed {Count} {Resource} in cluster {Cluster} at resourceVersion {ResourceVersion}")]
    public static partial void Listed(ILogger logger, int count, string resource, string cluster, string resourceVersion);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Watch of {Resource} in cluster {Cluster} failed ({ErrorCount} errors in a row); reconnecting in {RetryDelay}: {Error}")]
    public static partial void Reconnecting(ILogger logger, string resource, string cluster, int errorCount, TimeSpan retryDelay, string error);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Watch of {Resource} in cluster {Cluster} expired (410 Gone); relisting")]
    public static partial void Relisting(ILogger logger, string resource, string cluster);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Message}; checking again in {RecheckInterval}")]
    public static partial void NotInstalled(ILogger logger, string message, TimeSpan recheckInterval);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Cluster {Cluster}: {Message}")]
    public static partial void Forbidden(ILogger logger, string cluster, string message);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "{Key} has fields the dashboard cannot read, shown as unknown: {Fields}")]
    public static partial void UnreadableFields(ILogger logger, string key, string fields);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "{Resource} {Namespace}/{Name} could not be mapped and is skipped")]
    public static partial void MappingFailed(ILogger logger, Exception error, string resource, string @namespace, string name);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "{Resource} in cluster {Cluster} is served as {GroupVersion}; watching it")]
    public static partial void Served(ILogger logger, string resource, string cluster, string groupVersion);
}
