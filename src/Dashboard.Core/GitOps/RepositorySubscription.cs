using System.Threading.Channels;

namespace Dashboard.Core.GitOps;

/// <summary>A reader's view of the repository store: the snapshot at subscribe time, then each newer snapshot. Dispose to stop.</summary>
public sealed class RepositorySubscription(RepositorySnapshot snapshot, ChannelReader<RepositorySnapshot> updates, Action unsubscribe) : IDisposable
{
    private Action? _unsubscribe = unsubscribe;

    public RepositorySnapshot Snapshot { get; } = snapshot;

    public ChannelReader<RepositorySnapshot> Updates { get; } = updates;

    public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
}
