using System.Collections.Concurrent;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Watching;
using k8s;

namespace Dashboard.Bench.Harness;

/// <summary>
/// The baseline of event-to-screen: a bare watch on Applications over KubernetesClient's HTTP pipeline, in the
/// bench process, with no store, mapping or batching. It stamps when each (app, health message) first arrives.
/// </summary>
public sealed class RawWatch : IAsyncDisposable
{
    private static readonly ResourceType Applications = new(ResourceKind.ArgoApplication, "argoproj.io", "v1alpha1", "applications", "Application", true);
    private readonly KubernetesResourceClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, double> _seen = new(StringComparer.Ordinal);
    private Task _loop = Task.CompletedTask;

    public RawWatch(string kubeconfigPath)
    {
        _client = new KubernetesResourceClient(KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfigPath));
    }

    public long Events { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var list = await _client.ListAsync(Applications, null, 500, cancellationToken);
        var resourceVersion = list.ResourceVersion;
        while (list.Continue is { } next)
        {
            list = await _client.ListAsync(Applications, next, 500, cancellationToken);
        }

        _loop = Task.Run(() => LoopAsync(resourceVersion, _stop.Token), CancellationToken.None);
    }

    public double SeenAt(string app, string message) => _seen.TryGetValue(app + "|" + message, out var at) ? at : double.NaN;

    private async Task LoopAsync(string resourceVersion, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var watchEvent in _client.WatchAsync(Applications, resourceVersion, 3600, allowBookmarks: false, cancellationToken))
            {
                var at = Clock.NowMs();
                Events++;
                var item = watchEvent.Object;
                if (item.TryGetProperty("metadata", out var meta) && meta.TryGetProperty("name", out var name)
                    && item.TryGetProperty("status", out var status) && status.TryGetProperty("health", out var health)
                    && health.TryGetProperty("message", out var message))
                {
                    _seen.TryAdd(name.GetString() + "|" + message.GetString(), at);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // The emulator went away first.
        }

        _client.Dispose();
        _stop.Dispose();
    }
}
