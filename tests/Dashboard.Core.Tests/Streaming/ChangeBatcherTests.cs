using System.Threading.Channels;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Core.Tests.Streaming;

public sealed class ChangeBatcherTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static ClusterChange Change(long version) =>
        ClusterChange.Deleted(new ResourceKey("home", ResourceKind.Certificate, "default", $"c{version}"), version);

    [Fact]
    public async Task ReadBatchesAsync_FirstChangeAfterQuietPeriod_DeliveredWithoutWaiting()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider();
        var channel = Channel.CreateUnbounded<ClusterChange>();
        await using var batches = ChangeBatcher.ReadBatchesAsync(channel.Reader, Interval, time, cancellationToken).GetAsyncEnumerator(cancellationToken);

        channel.Writer.TryWrite(Change(1));
        channel.Writer.TryWrite(Change(2));

        Assert.True(await batches.MoveNextAsync().AsTask().WaitAsync(Bound, cancellationToken));
        Assert.Equal([1L, 2L], batches.Current.Select(c => c.Version));
    }

    [Fact]
    public async Task ReadBatchesAsync_ChangesWithinInterval_WaitForIntervalAndComeTogether()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider();
        var channel = Channel.CreateUnbounded<ClusterChange>();
        await using var batches = ChangeBatcher.ReadBatchesAsync(channel.Reader, Interval, time, cancellationToken).GetAsyncEnumerator(cancellationToken);
        channel.Writer.TryWrite(Change(1));
        Assert.True(await batches.MoveNextAsync().AsTask().WaitAsync(Bound, cancellationToken));

        time.Advance(TimeSpan.FromMilliseconds(30));
        channel.Writer.TryWrite(Change(2));
        // The batcher finds change 2 at once and arms its delay before MoveNextAsync returns.
        var next = batches.MoveNextAsync().AsTask();
        channel.Writer.TryWrite(Change(3));
        time.Advance(TimeSpan.FromMilliseconds(69));
        Assert.False(next.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await next.WaitAsync(Bound, cancellationToken));
        Assert.Equal([2L, 3L], batches.Current.Select(c => c.Version));
    }

    [Fact]
    public async Task ReadBatchesAsync_ManyChangesOverTime_NoneDroppedAndAtMostOneBatchPerInterval()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider();
        var channel = Channel.CreateUnbounded<ClusterChange>();
        var batchCount = 0;
        var received = new List<long>();
        var reader = Task.Run(async () =>
        {
            await foreach (var batch in ChangeBatcher.ReadBatchesAsync(channel.Reader, Interval, time, cancellationToken))
            {
                batchCount++;
                received.AddRange(batch.Select(c => c.Version));
            }
        }, cancellationToken);

        var start = time.GetUtcNow();
        for (var i = 1; i <= 200; i++)
        {
            channel.Writer.TryWrite(Change(i));
            time.Advance(TimeSpan.FromMilliseconds(7));
            await Task.Yield();
        }

        channel.Writer.Complete();
        while (!reader.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.WhenAny(reader, Task.Delay(5, cancellationToken));
        }

        await reader.WaitAsync(Bound, cancellationToken);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), received);
        var elapsed = time.GetUtcNow() - start;
        Assert.InRange(batchCount, 1, (int)(elapsed / Interval) + 1);
    }

    [Fact]
    public async Task ReadBatchesAsync_ChannelCompleted_EndsAfterLastBatch()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var channel = Channel.CreateUnbounded<ClusterChange>();
        channel.Writer.TryWrite(Change(1));
        channel.Writer.Complete();

        var batches = new List<IReadOnlyList<ClusterChange>>();
        await foreach (var batch in ChangeBatcher.ReadBatchesAsync(channel.Reader, Interval, new FakeTimeProvider(), cancellationToken))
        {
            batches.Add(batch);
        }

        Assert.Single(Assert.Single(batches));
    }
}
