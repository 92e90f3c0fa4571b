using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model;

/// <summary>
/// One page's view of the store (DESIGN.md rules 2 and 3): the snapshot at subscribe time, then a
/// callback once per batch of changes, at most every <see cref="ChangeBatcher.DefaultInterval"/>.
/// The producer never calls into the page; this loop reads at the page's pace.
/// </summary>
public sealed class LiveSubscription : IAsyncDisposable
{
    private readonly IClusterStore _store;
    private readonly ClusterSubscription _subscription;
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;

    public LiveSubscription(IClusterStore store)
    {
        _store = store;
        _subscription = store.Subscribe();
        Snapshot = _subscription.Snapshot;
    }

    public ClusterSnapshot Snapshot { get; private set; }

    /// <summary>Batches delivered so far; the benchmarks read it to check the render rate.</summary>
    public long Batches { get; private set; }

    public void Start(Func<ClusterSnapshot, Task> onBatch, TimeProvider time, TimeSpan? interval = null)
    {
        _pump = PumpAsync(onBatch, time, interval ?? ChangeBatcher.DefaultInterval, _stop.Token);
    }

    private async Task PumpAsync(Func<ClusterSnapshot, Task> onBatch, TimeProvider time, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in ChangeBatcher.ReadBatchesAsync(_subscription.Changes, interval, time, cancellationToken))
            {
                // The store's current snapshot already contains every change of the batch (and maybe
                // newer ones, which the next batch then repeats harmlessly).
                Snapshot = _store.Current;
                Batches++;
                await onBatch(Snapshot);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _subscription.Dispose();
        try
        {
            await _pump;
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away while a render was queued.
        }

        _stop.Dispose();
    }
}
