using Dashboard.Web.Model;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Model;

public sealed class PeriodicRefreshTests
{
    [Fact]
    public async Task RunAsync_EachInterval_RefreshesOnceUntilCancelled()
    {
        var time = new FakeTimeProvider();
        using var stop = new CancellationTokenSource();
        var refreshes = 0;
        var loop = PeriodicRefresh.RunAsync(TimeSpan.FromSeconds(5), time, () => { refreshes++; return Task.CompletedTask; }, stop.Token);

        time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(0, refreshes);
        time.Advance(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(2, refreshes);

        await stop.CancelAsync();
        await loop;
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, refreshes);
    }

    [Fact]
    public async Task RunAsync_CircuitGone_EndsQuietly()
    {
        var time = new FakeTimeProvider();
        var loop = PeriodicRefresh.RunAsync(TimeSpan.FromSeconds(1), time, () => throw new ObjectDisposedException("circuit"), TestContext.Current.CancellationToken);

        time.Advance(TimeSpan.FromSeconds(1));

        await loop;
        Assert.True(loop.IsCompletedSuccessfully);
    }
}
