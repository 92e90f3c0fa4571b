using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model;

/// <summary>
/// One page's view of the store (DESIGN.md rules 2 and 3): the snapshot at subscribe time, then a callback once per
/// batch of changes. The producer never calls into the page; this loop reads at the page's pace.
/// </summary>
/// <remarks>
/// Pacing (issue 6: at most 10 render batches per page per second, counted where the browser receives them).
/// With <c>waitForRender</c>, the next delivery waits until (a) the page reported, through
/// <see cref="RenderAcknowledged"/>, that the browser applied the render of the previous delivery, and (b)
/// <see cref="PageInterval"/> passed since the previous delivery; everything that arrived meanwhile comes as one
/// batch with the store's latest snapshot, so nothing is lost. Why that bounds any 1-s window at the browser to 9:
/// take k batches arriving at the browser within [T, T + 1 s). Delivery i + 1 leaves the server only after the
/// browser applied delivery i, so it leaves after T if i is the first of the window; deliveries i + 1 … i + k − 1
/// are 125 ms apart at least, so the last leaves after T + (k − 2) · 125 ms and arrives before T + 1 s, hence
/// k − 2 &lt; 8, k ≤ 9. Without the ack gate, a slow browser or network bunches batches that left 125 ms apart.
/// </remarks>
public sealed class LiveSubscription : IAsyncDisposable
{
    /// <summary>Minimum time between two deliveries to a page; see the remarks for why 125 ms.</summary>
    public static readonly TimeSpan PageInterval = TimeSpan.FromMilliseconds(125);

    private readonly IClusterStore _store;
    private readonly ClusterSubscription _subscription;
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource? _rendered;
    private Task _pump = Task.CompletedTask;

    public LiveSubscription(IClusterStore store)
    {
        _store = store;
        _subscription = store.Subscribe();
        Snapshot = _subscription.Snapshot;
    }

    public ClusterSnapshot Snapshot { get; private set; }

    /// <summary>Batches delivered so far.</summary>
    public long Batches { get; private set; }

    /// <summary>
    /// Starts delivering. With <paramref name="waitForRender"/>, the first delivery waits for
    /// <see cref="RenderAcknowledged"/> of the page's first render and each later one for that of the previous
    /// delivery's render (call it from the page's OnAfterRender once the render showing the delivered snapshot
    /// completed: in Blazor Server, OnAfterRender runs only after the browser acknowledged the batch).
    /// </summary>
    public void Start(Func<ClusterSnapshot, Task> onBatch, TimeProvider time, TimeSpan? interval = null, bool waitForRender = false)
    {
        _pump = PumpAsync(onBatch, time, interval ?? PageInterval, waitForRender, _stop.Token);
    }

    /// <summary>The browser applied the render of the latest delivery; the next one may go once the interval passed.</summary>
    public void RenderAcknowledged() => Volatile.Read(ref _rendered)?.TrySetResult();

    private async Task PumpAsync(Func<ClusterSnapshot, Task> onBatch, TimeProvider time, TimeSpan interval, bool waitForRender, CancellationToken cancellationToken)
    {
        try
        {
            // The page's first render counts too: no delivery while it is still on its way to the browser.
            var rendered = waitForRender ? Arm() : null;
            if (rendered is not null)
            {
                await rendered.Task.WaitAsync(cancellationToken);
            }

            // The batcher measures the interval from the previous delivery; while this loop waits for the
            // acknowledgement it is suspended, and its next read drains everything that arrived meanwhile.
            await foreach (var _ in ChangeBatcher.ReadBatchesAsync(_subscription.Changes, interval, time, cancellationToken))
            {
                // The store's current snapshot already contains every change of the batch (and maybe
                // newer ones, which the next batch then repeats harmlessly).
                Snapshot = _store.Current;
                Batches++;
                rendered = waitForRender ? Arm() : null;
                await onBatch(Snapshot);
                if (rendered is not null)
                {
                    await rendered.Task.WaitAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private TaskCompletionSource Arm()
    {
        var rendered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _rendered, rendered);
        return rendered;
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
