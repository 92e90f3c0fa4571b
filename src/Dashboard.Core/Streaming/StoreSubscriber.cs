using System.Threading.Channels;

namespace Dashboard.Core.Streaming;

/// <summary>
/// One subscriber's bounded queue. Written only under the store's write lock. When it is full the
/// queue is emptied and replaced by a single Resync carrying the current snapshot, so a slow page
/// costs at most <c>capacity</c> changes of memory and never blocks the watchers.
/// </summary>
internal sealed class StoreSubscriber(int capacity)
{
    private readonly Channel<ClusterChange> _channel = Channel.CreateBounded<ClusterChange>(new BoundedChannelOptions(capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleWriter = true,
        SingleReader = false,
    });

    public ChannelReader<ClusterChange> Reader => _channel.Reader;

    public int ResyncCount { get; private set; }

    /// <param name="currentSnapshot">The store's state including <paramref name="change"/>, used if the queue overflows.</param>
    public void Publish(ClusterChange change, ClusterSnapshot currentSnapshot)
    {
        if (_channel.Writer.TryWrite(change))
        {
            return;
        }

        // Full (or completed: then TryWrite below fails too and nothing happens).
        while (_channel.Reader.TryRead(out _))
        {
        }

        ResyncCount++;
        _channel.Writer.TryWrite(ClusterChange.Resynced(currentSnapshot));
    }

    public void Complete() => _channel.Writer.TryComplete();
}
