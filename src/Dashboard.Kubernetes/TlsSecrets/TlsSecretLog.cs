using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.TlsSecrets;

/// <summary>The TLS secret reader's structured log messages; secret contents are never logged.</summary>
internal static partial class TlsSecretLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Cluster {Cluster}: {Message}")]
    public static partial void Forbidden(ILogger logger, string cluster, string message);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Reading TLS secret {Namespace}/{Name} in cluster {Cluster} failed; retrying later: {Error}")]
    public static partial void Failed(ILogger logger, string @namespace, string name, string cluster, string error);
}
