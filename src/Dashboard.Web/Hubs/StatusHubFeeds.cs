using System.Collections.Concurrent;
using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Web.Endpoints;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Web.Hubs;

/// <summary>
/// One store subscription per hub connection (DESIGN.md rule 2), read in batches at most every 100 ms (rule 3), each
/// batch sent to that connection only. The producer never waits for a client: a slow one falls behind in its own queue.
/// </summary>
public sealed class StatusHubFeeds(
    IClusterStore store, ProblemFinder finder, IConnectedClusters clusters, IHubContext<StatusHub> hub, TimeProvider time, ILogger<StatusHubFeeds> logger)
    : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Feed> _feeds = new();

    public int Count => _feeds.Count;

    public async Task StartAsync(string connectionId, CancellationToken connectionAborted)
    {
        // Subscribed before the snapshot goes out, so no change can fall between the two.
        var subscription = store.Subscribe();
        var stop = CancellationTokenSource.CreateLinkedTokenSource(connectionAborted);
        var cancellationToken = stop.Token;
        var feed = new Feed(subscription, stop);
        // Known before the first send, so a disconnect during it still releases the subscription.
        _feeds[connectionId] = feed;
        await SendSnapshotAsync(connectionId, subscription.Snapshot, cancellationToken);
        feed.Pump = PumpAsync(connectionId, subscription, cancellationToken);
    }

    public async Task StopAsync(string connectionId)
    {
        if (_feeds.TryRemove(connectionId, out var feed))
        {
            await feed.DisposeAsync();
        }
    }

    private Task SendSnapshotAsync(string connectionId, ClusterSnapshot snapshot, CancellationToken cancellationToken) =>
        hub.Clients.Client(connectionId).SendAsync(StatusHub.SnapshotMessage,
            StatusDocument.From(snapshot, finder.Evaluate(snapshot), clusters.Clusters), cancellationToken);

    private async Task PumpAsync(string connectionId, ClusterSubscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in ChangeBatcher.ReadBatchesAsync(subscription.Changes, ChangeBatcher.DefaultInterval, time, cancellationToken))
            {
                var current = store.Current;
                if (StatusChangesBuilder.NeedsSnapshot(batch))
                {
                    await SendSnapshotAsync(connectionId, current, cancellationToken);
                }
                else if (StatusChangesBuilder.Build(batch, current, finder.Evaluate(current)) is { } changes)
                {
                    await hub.Clients.Client(connectionId).SendAsync(StatusHub.ChangesMessage, changes, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Status hub feed for connection {ConnectionId} stopped", connectionId);
        }
        finally
        {
            subscription.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _feeds.Keys.ToList())
        {
            await StopAsync(id);
        }
    }

    private sealed class Feed(ClusterSubscription subscription, CancellationTokenSource stop) : IAsyncDisposable
    {
        public Task Pump { get; set; } = Task.CompletedTask;

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            subscription.Dispose();
            await Pump;
            stop.Dispose();
        }
    }
}
