using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Dashboard.Core.Streaming;

/// <summary>
/// Reader-side throttling (DESIGN.md rule 3): a page renders once per batch, at most once per
/// interval. The first change after a quiet period comes out at once; changes arriving within the
/// interval wait for the next batch. Nothing is dropped.
/// </summary>
public static class ChangeBatcher
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    public static async IAsyncEnumerable<IReadOnlyList<ClusterChange>> ReadBatchesAsync(
        ChannelReader<ClusterChange> reader,
        TimeSpan minInterval,
        TimeProvider timeProvider,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(timeProvider);
        long? lastYield = null;
        var batch = new List<ClusterChange>();
        while (true)
        {
            if (batch.Count == 0 && !await reader.WaitToReadAsync(cancellationToken))
            {
                yield break;
            }

            Drain(reader, batch);
            if (batch.Count == 0)
            {
                continue; // woken for items that a filtering reader then skipped
            }

            if (lastYield is { } last)
            {
                var wait = minInterval - timeProvider.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken);
                    Drain(reader, batch);
                }
            }

            lastYield = timeProvider.GetTimestamp();
            yield return batch;
            batch = [];
        }
    }

    private static void Drain(ChannelReader<ClusterChange> reader, List<ClusterChange> batch)
    {
        while (reader.TryRead(out var change))
        {
            batch.Add(change);
        }
    }
}
