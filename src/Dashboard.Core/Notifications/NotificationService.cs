using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Notifications;

/// <summary>
/// Watches the store and hands transitions to the dispatcher. It judges the same problems as the
/// Overview (<see cref="ProblemFinder"/>) after every batch of changes, and every
/// <see cref="NotificationSettings.EvaluationInterval"/> for problems that only time brings.
/// </summary>
public sealed class NotificationService(
    IClusterStore store,
    ProblemFinder finder,
    NotificationDispatcher dispatcher,
    NotificationSettings settings,
    Func<ResourceKey, string> linkFor,
    TimeProvider time,
    ILogger<NotificationService> logger) : BackgroundService
{
    private ClusterSubscription? _subscription;
    private long _evaluatedVersion = -1;
    private long _evaluatedAtTicks;

    /// <summary>
    /// The store version and clock reading of the last finished evaluation; lets tests wait until a
    /// change (or a clock step) has been judged, without sleeping.
    /// </summary>
    public (long Version, DateTimeOffset At) LastEvaluation =>
        (Interlocked.Read(ref _evaluatedVersion), new DateTimeOffset(Interlocked.Read(ref _evaluatedAtTicks), TimeSpan.Zero));

    /// <summary>Subscribes before the background loop starts (see HistoryRecorder for why).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = store.Subscribe();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.DisposeAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = _subscription ?? store.Subscribe();
        var tracker = new ProblemStateTracker(time, settings, linkFor);
        logger.LogInformation("Notifications go to {Count} target(s): {Targets}", dispatcher.TargetNames.Count,
            string.Join(", ", dispatcher.TargetNames));
        Evaluate(tracker);
        try
        {
            using var ticker = new PeriodicTimer(settings.EvaluationInterval, time);
            var changes = WaitForChangesAsync(subscription, stoppingToken);
            var tick = ticker.WaitForNextTickAsync(stoppingToken).AsTask();
            while (!stoppingToken.IsCancellationRequested)
            {
                var done = await Task.WhenAny(changes, tick);
                if (done == changes)
                {
                    if (!await changes)
                    {
                        return; // the store completed
                    }

                    while (subscription.Changes.TryRead(out _))
                    {
                        // The snapshot is re-read whole; the changes only say "look again".
                    }

                    changes = WaitForChangesAsync(subscription, stoppingToken);
                }
                else
                {
                    await tick;
                    tick = ticker.WaitForNextTickAsync(stoppingToken).AsTask();
                }

                Evaluate(tracker);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static Task<bool> WaitForChangesAsync(ClusterSubscription subscription, CancellationToken cancellationToken) =>
        subscription.Changes.WaitToReadAsync(cancellationToken).AsTask();

    private void Evaluate(ProblemStateTracker tracker)
    {
        var snapshot = store.Current;
        var now = time.GetUtcNow();
        try
        {
            var listed = snapshot.Watches.Values.Where(w => w.Phase == WatchPhase.Watching).Select(w => (w.Cluster, w.Kind));
            foreach (var notification in tracker.Evaluate(finder.Evaluate(snapshot).Problems, listed))
            {
                logger.LogInformation("Notification {Kind} {Reason} for {Key}", notification.Kind, notification.Reason, notification.Key);
                dispatcher.Enqueue(notification);
            }
        }
        catch (Exception exception)
        {
            // A rule tripping over odd data must not end notifications for good.
            logger.LogError(exception, "Evaluating problems for notifications failed");
        }

        Interlocked.Exchange(ref _evaluatedAtTicks, now.UtcTicks);
        Interlocked.Exchange(ref _evaluatedVersion, snapshot.Version);
    }
}
