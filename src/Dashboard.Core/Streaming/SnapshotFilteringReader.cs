using System.Threading.Channels;

namespace Dashboard.Core.Streaming;

/// <summary>
/// Hides changes the subscriber's snapshot already contains. A subscriber is registered before its
/// snapshot is taken, so a change published in between may arrive twice: once inside the snapshot
/// and once in the queue. Its version tells which.
/// </summary>
internal sealed class SnapshotFilteringReader(ChannelReader<ClusterChange> inner, long snapshotVersion) : ChannelReader<ClusterChange>
{
    public override Task Completion => inner.Completion;

    public override bool TryRead(out ClusterChange item)
    {
        while (inner.TryRead(out var change))
        {
            if (change.Version > snapshotVersion)
            {
                item = change;
                return true;
            }
        }

        item = null!;
        return false;
    }

    public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) =>
        inner.WaitToReadAsync(cancellationToken);
}
