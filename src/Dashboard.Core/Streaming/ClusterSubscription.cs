using System.Threading.Channels;

namespace Dashboard.Core.Streaming;

/// <summary>
/// A subscriber's view: the snapshot taken after registering, then every later change in order.
/// Dispose to unsubscribe; the store drops the channel.
/// </summary>
public sealed class ClusterSubscription(ClusterSnapshot snapshot, ChannelReader<ClusterChange> changes, Action unsubscribe) : IDisposable
{
    private Action? _unsubscribe = unsubscribe;

    public ClusterSnapshot Snapshot { get; } = snapshot;
    public ChannelReader<ClusterChange> Changes { get; } = changes;

    public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
}
