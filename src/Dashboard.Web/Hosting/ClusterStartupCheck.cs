using Dashboard.Kubernetes.Connection;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Fails start-up when no configured cluster answers, with the reason and the keys to change;
/// a cluster that answers later is picked up by the watchers' own retries.
/// </summary>
internal sealed class ClusterStartupCheck(ClusterConnectionRegistry registry, ILogger<ClusterStartupCheck> logger) : IHostedService
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connections = await registry.WhenReadyAsync(cancellationToken);
        var failures = new List<string>();
        foreach (var connection in connections)
        {
            var error = await ClusterProbe.TryReachAsync(connection, ProbeTimeout, cancellationToken);
            if (error is null)
            {
                logger.LogInformation("Cluster {Cluster} reachable at {Server}", connection.Info.Name, connection.Info.Server);
                continue;
            }

            failures.Add($"{connection.Info.Name} ({connection.Info.Server}{(connection.Info.Context is null ? "" : $", context {connection.Info.Context}")}): {error}");
            logger.LogWarning("Cluster {Cluster} at {Server} is not reachable: {Error}", connection.Info.Name, connection.Info.Server, error);
        }

        if (failures.Count == connections.Count)
        {
            throw new NoClusterConfiguredException(
                "No configured Kubernetes cluster can be reached:" + Environment.NewLine +
                string.Join(Environment.NewLine, failures.Select(f => "  - " + f)) + Environment.NewLine +
                NoClusterConfiguredException.Advice);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
