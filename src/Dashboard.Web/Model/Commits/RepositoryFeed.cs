using Dashboard.Core.GitOps;

namespace Dashboard.Web.Model.Commits;

/// <summary>
/// One component's view of the repository store, like <see cref="LiveSubscription"/> for the cluster: the snapshot at
/// subscribe time, then a callback with the newest snapshot at most once per interval (the store keeps only the latest).
/// </summary>
public sealed class RepositoryFeed : IAsyncDisposable
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);
    private readonly RepositorySubscription _subscription;
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;

    public RepositoryFeed(IRepositoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _subscription = store.Subscribe();
        Snapshot = _subscription.Snapshot;
    }

    public RepositorySnapshot Snapshot { get; private set; }

    public void Start(Func<RepositorySnapshot, Task> onSnapshot, TimeProvider time, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(onSnapshot);
        ArgumentNullException.ThrowIfNull(time);
        _pump = PumpAsync(onSnapshot, time, interval ?? DefaultInterval, _stop.Token);
    }

    private async Task PumpAsync(Func<RepositorySnapshot, Task> onSnapshot, TimeProvider time, TimeSpan interval, CancellationToken cancellationToken)
    {
        var reader = _subscription.Updates;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (reader.TryRead(out var snapshot))
                {
                    Snapshot = snapshot;
                }

                await onSnapshot(Snapshot);
                // Throttle: whatever arrives meanwhile is folded into the next callback.
                await Task.Delay(interval, time, cancellationToken);
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
