using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Connection;
using Dashboard.Kubernetes.Mapping;
using Dashboard.Kubernetes.TlsSecrets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// Runs one <see cref="ResourceWatcher"/> per watched kind per cluster (per namespace too when
/// <see cref="WatchOptions.Namespaces"/> limits them) for the whole process, once
/// the connections are known (in sandbox mode only after the emulator listens), plus, when switched on, one
/// <see cref="TlsSecretReader"/> per cluster.
/// </summary>
public sealed class ClusterWatchService(
    ClusterConnectionRegistry registry,
    IKubernetesResourceClientFactory clientFactory,
    IEnumerable<IResourceMapper> mappers,
    IClusterStoreWriter store,
    IClusterStore storeReader,
    IOptions<WatchOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : BackgroundService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ClusterWatchService>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<ClusterConnection> connections;
        try
        {
            connections = await registry.WhenReadyAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            // Start-up reports the connection failure itself; without connections there is nothing to watch.
            _logger.LogError(ex, "No cluster connection is available; nothing is watched");
            return;
        }

        var mapperByKind = mappers.GroupBy(m => m.Kind).ToDictionary(g => g.Key, g => g.Last());
        var watcherLogger = loggerFactory.CreateLogger<ResourceWatcher>();
        var namespaces = options.Value.Namespaces.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var clients = new List<IKubernetesResourceClient>();
        var runs = new List<Task>();
        foreach (var connection in connections)
        {
            var client = clientFactory.Create(connection);
            clients.Add(client);
            foreach (var kind in WatchedKinds.Enabled(options.Value))
            {
                if (!mapperByKind.TryGetValue(kind.Kind, out var mapper))
                {
                    _logger.LogInformation("No mapper is registered for {Kind}; it is not watched", kind.Kind);
                    continue;
                }

                // Dashboard:Kubernetes:Namespaces: one watcher per namespace for namespaced kinds, merged in the store.
                if (namespaces.Count == 0 || !kind.Preferred.Namespaced)
                {
                    var watcher = new ResourceWatcher(connection.Info.Name, kind, client, mapper, store, options.Value, timeProvider, Random.Shared, watcherLogger);
                    runs.Add(Task.Run(() => watcher.RunAsync(stoppingToken), stoppingToken));
                    continue;
                }

                var states = new KindWatchStateMerger(store, namespaces);
                foreach (var listNamespace in namespaces)
                {
                    var writer = new NamespaceStoreWriter(store, listNamespace, states);
                    var watcher = new ResourceWatcher(connection.Info.Name, kind, client, mapper, writer, options.Value, timeProvider, Random.Shared, watcherLogger,
                        listNamespace);
                    runs.Add(Task.Run(() => watcher.RunAsync(stoppingToken), stoppingToken));
                }
            }

            // TLS secrets are read by name only, and only when switched on (Dashboard:Kubernetes:ReadTlsSecrets).
            if (options.Value.ReadTlsSecrets && client is IKubernetesObjectReader objectReader)
            {
                var reader = new TlsSecretReader(connection.Info.Name, objectReader, storeReader, store, options.Value, timeProvider,
                    loggerFactory.CreateLogger<TlsSecretReader>());
                runs.Add(Task.Run(() => reader.RunAsync(stoppingToken), stoppingToken));
            }
        }

        try
        {
            await Task.WhenAll(runs);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var client in clients.OfType<IDisposable>())
            {
                client.Dispose();
            }
        }
    }
}
