using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Tests.Watching;

public sealed class BackoffTests
{
    [Fact]
    public void Next_RandomNearOne_DoublesUpToCapThenResetStartsOver()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FixedRandom(0.999));

        var delays = Enumerable.Range(0, 8).Select(_ => Math.Round(backoff.Next().TotalSeconds)).ToList();
        backoff.Reset();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
        Assert.Equal(1, Math.Round(backoff.Next().TotalSeconds));
    }

    [Fact]
    public void Next_RandomZero_FullJitterAllowsNoDelay()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FixedRandom(0));

        Assert.Equal(TimeSpan.Zero, backoff.Next());
    }
}
