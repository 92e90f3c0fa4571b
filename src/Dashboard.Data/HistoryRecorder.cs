using Dashboard.Core.History;
using Dashboard.Core.Streaming;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data;

/// <summary>
/// Records status transitions as they happen (issue 4, "Activity"): one store subscription for the
/// process, at most one write transaction per <see cref="HistoryRecorderOptions.BatchInterval"/>, and
/// an hourly purge of rows older than the retention. A failing write is logged and dropped; the
/// recorder itself never stops the host.
/// </summary>
public sealed class HistoryRecorder(
    IClusterStore store,
    IStatusHistory history,
    HistoryRecorderOptions options,
    TimeProvider time,
    ILogger<HistoryRecorder> logger) : BackgroundService
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private ClusterSubscription? _subscription;

    /// <summary>
    /// Subscribes here rather than in ExecuteAsync, which .NET 10 runs on a background thread: a
    /// change made right after start-up would otherwise land in the snapshot and never be recorded.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = store.Subscribe();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = _subscription ?? store.Subscribe();
        var tracker = new TransitionTracker(subscription.Snapshot);
        var purging = PurgeLoopAsync(stoppingToken);
        try
        {
            await foreach (var batch in ChangeBatcher.ReadBatchesAsync(subscription.Changes, options.BatchInterval, time, stoppingToken))
            {
                var changes = tracker.Apply(batch);
                if (changes.Count > 0)
                {
                    await WriteAsync(changes, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await purging;
    }

    /// <summary>Deletes expired rows now; the loop calls it once an hour.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Retention;
        var deleted = await WithRetryAsync(() => history.DeleteOlderThanAsync(cutoff, cancellationToken), cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("History retention deleted {Count} row(s) older than {Cutoff:o}", deleted, cutoff);
        }

        return deleted;
    }

    private async Task WriteAsync(IReadOnlyList<StatusChange> changes, CancellationToken cancellationToken)
    {
        try
        {
            await WithRetryAsync(async () =>
            {
                await history.AppendAsync(time.GetUtcNow(), changes, cancellationToken);
                return changes.Count;
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not record {Count} status transition(s); they are dropped", changes.Count);
        }
    }

    private async Task PurgeLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    await PurgeExpiredAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "History retention failed; trying again in {Interval}", options.PurgeInterval);
                }

                await Task.Delay(options.PurgeInterval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The connection already waits out short locks (busy_timeout); this covers a writer that held on longer.</summary>
    private async Task<int> WithRetryAsync(Func<Task<int>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception ex) when (IsBusy(ex) && attempt < options.WriteAttempts)
            {
                logger.LogWarning("SQLite was busy (attempt {Attempt} of {Attempts}); retrying", attempt, options.WriteAttempts);
                await Task.Delay(options.RetryDelay * attempt, time, cancellationToken);
            }
        }
    }

    internal static bool IsBusy(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }
}
