using System.Threading.Channels;

namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>One open watch on the store: receives every later matching event, in order, through an unbounded channel.</summary>
internal sealed class StoreWatcher : IDisposable
{
    private readonly Channel<StoreEvent> _channel = Channel.CreateUnbounded<StoreEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<StoredObject, bool> _filter;
    private readonly string _storageKey;
    private readonly Action<StoreWatcher> _remove;

    public StoreWatcher(string storageKey, Func<StoredObject, bool> filter, Action<StoreWatcher> remove)
    {
        _storageKey = storageKey;
        _filter = filter;
        _remove = remove;
    }

    public ChannelReader<StoreEvent> Events => _channel.Reader;

    public void Offer(StoreEvent storeEvent)
    {
        if (storeEvent.StorageKey == _storageKey && _filter(storeEvent.Object))
        {
            _channel.Writer.TryWrite(storeEvent);
        }
    }

    public void Dispose()
    {
        _remove(this);
        _channel.Writer.TryComplete();
    }
}
