using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Web.Metrics;

namespace Dashboard.Web.Tests.ExternalClients;

public sealed class WatchReconnectCounterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Observe_FailuresAndRecoveries_CountsEachFailure()
    {
        var counter = new WatchReconnectCounter();

        counter.Observe(State(WatchPhase.Watching, 0));
        counter.Observe(State(WatchPhase.Reconnecting, 1));
        counter.Observe(State(WatchPhase.Listing, 1));
        counter.Observe(State(WatchPhase.Reconnecting, 2));
        counter.Observe(State(WatchPhase.Reconnecting, 2));
        counter.Observe(State(WatchPhase.Watching, 0));
        counter.Observe(State(WatchPhase.Reconnecting, 1));

        Assert.Equal(("home", ResourceKind.Certificate, 3L), Assert.Single(counter.Counts()));
    }

    [Fact]
    public void Observe_HealthyWatch_IsListedWithZero()
    {
        var counter = new WatchReconnectCounter();

        counter.Observe(State(WatchPhase.Watching, 0));

        Assert.Equal(0, Assert.Single(counter.Counts()).Count);
    }

    private static KindWatchState State(WatchPhase phase, int errors) => new("home", ResourceKind.Certificate, phase, null, Now, errors);
}
