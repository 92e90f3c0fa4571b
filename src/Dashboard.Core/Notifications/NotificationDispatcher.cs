using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Notifications;

/// <summary>
/// Delivers each notification to every target, each target through its own queue and worker, so a
/// slow or failing target never delays the others. Retries with doubling backoff up to
/// <see cref="NotificationSettings.MaxAttempts"/>; every attempt is recorded.
/// </summary>
public sealed class NotificationDispatcher : IAsyncDisposable
{
    private const int QueueCapacity = 256;

    private readonly IReadOnlyList<(INotificationTarget Target, Channel<Notification> Queue)> _queues;
    private readonly IDeliveryLog _log;
    private readonly NotificationSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _workers = [];
    private int _disposed;

    public NotificationDispatcher(IEnumerable<INotificationTarget> targets, IDeliveryLog log, NotificationSettings settings,
        TimeProvider time, ILogger<NotificationDispatcher> logger)
    {
        _log = log;
        _settings = settings;
        _time = time;
        _logger = logger;
        // Oldest dropped when a dead target's queue is full: the newest state matters more.
        _queues = targets.Select(t => (t, Channel.CreateBounded<Notification>(new BoundedChannelOptions(QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        }))).ToList();
        foreach (var (target, queue) in _queues)
        {
            _workers.Add(Task.Run(() => RunAsync(target, queue.Reader, _stopping.Token)));
        }
    }

    public IReadOnlyList<string> TargetNames => _queues.Select(q => q.Target.Name).ToList();

    public void Enqueue(Notification notification)
    {
        foreach (var (_, queue) in _queues)
        {
            queue.Writer.TryWrite(notification);
        }
    }

    /// <summary>Stops the workers; idempotent (the hosted service and the container both call it).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var (_, queue) in _queues)
        {
            queue.Writer.TryComplete();
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_workers);
        _stopping.Dispose();
    }

    private async Task RunAsync(INotificationTarget target, ChannelReader<Notification> reader, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notification in reader.ReadAllAsync(cancellationToken))
            {
                await DeliverAsync(target, notification, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task DeliverAsync(INotificationTarget target, Notification notification, CancellationToken cancellationToken)
    {
        var delay = _settings.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var result = await AttemptAsync(target, notification, cancellationToken);
            if (result.Outcome == DeliveryOutcome.Retry && attempt >= _settings.MaxAttempts)
            {
                result = result with { Outcome = DeliveryOutcome.Failed };
            }

            await RecordAsync(new DeliveryAttempt(target.Name, notification, attempt, _time.GetUtcNow(), result.StatusCode,
                result.Error, result.Outcome), cancellationToken);
            if (result.Outcome != DeliveryOutcome.Retry)
            {
                if (result.Outcome == DeliveryOutcome.Failed)
                {
                    _logger.LogWarning("Notification {Id} to {Target} failed after {Attempts} attempt(s): {Error}",
                        notification.Id, target.Name, attempt, result.Error);
                }

                return;
            }

            await Task.Delay(delay, _time, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _settings.MaxRetryDelay.Ticks));
        }
    }

    private async Task<DeliveryResult> AttemptAsync(INotificationTarget target, Notification notification, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.RequestTimeout);
        try
        {
            return await target.SendAsync(notification, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.Retry, null, $"No answer within {_settings.RequestTimeout.TotalSeconds:0} s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return DeliveryResult.FromException(exception);
        }
    }

    private async Task RecordAsync(DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        try
        {
            await _log.RecordAsync(attempt, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogWarning(exception, "Could not record delivery attempt {Attempt} of {Id} to {Target}",
                attempt.AttemptNumber, attempt.Notification.Id, attempt.Target);
        }
    }
}
