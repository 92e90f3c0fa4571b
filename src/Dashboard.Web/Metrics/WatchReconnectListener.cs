using Dashboard.Core.Streaming;

namespace Dashboard.Web.Metrics;

/// <summary>Feeds <see cref="WatchReconnectCounter"/> from one store subscription for the life of the app.</summary>
internal sealed class WatchReconnectListener(IClusterStore store, WatchReconnectCounter counter) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = store.Subscribe();
        foreach (var watch in subscription.Snapshot.Watches.Values)
        {
            counter.Observe(watch);
        }

        try
        {
            await foreach (var change in subscription.Changes.ReadAllAsync(stoppingToken))
            {
                if (change.Watch is { } state)
                {
                    counter.Observe(state);
                }
                else if (change.Snapshot is { } snapshot)
                {
                    foreach (var watch in snapshot.Watches.Values)
                    {
                        counter.Observe(watch);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
