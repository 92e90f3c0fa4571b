using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Core.Tests.Actions;

public sealed class ActionTrackerTests
{
    private const string OldSha = "1111111111111111111111111111111111111111";
    private const string NewSha = "2222222222222222222222222222222222222222";
    private static readonly ResourceKey App = new("sandbox", ResourceKind.FluxKustomization, "flux-system", "apps");

    [Fact]
    public async Task TrackAsync_ControllerPicksUpTheCommit_CommittedThenWaitingThenSynced()
    {
        var store = new ClusterStore();
        store.Upsert(Status(OldSha, HealthState.Healthy));
        var tracker = new ActionTracker(store, new ActionOptions(), new FakeTimeProvider());
        var states = new List<TrackingState>();

        await using var stream = tracker.TrackAsync(App, NewSha, TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await stream.MoveNextAsync());
        states.Add(stream.Current);
        Assert.True(await stream.MoveNextAsync());
        states.Add(stream.Current);
        store.Upsert(Status(NewSha, HealthState.Progressing));
        Assert.True(await stream.MoveNextAsync());
        states.Add(stream.Current);
        store.Upsert(Status(NewSha, HealthState.Healthy));
        Assert.True(await stream.MoveNextAsync());
        states.Add(stream.Current);
        Assert.False(await stream.MoveNextAsync());

        Assert.Equal<TrackingState>(
        [
            new TrackingState.Committed(NewSha),
            new TrackingState.WaitingForController(NewSha, OldSha, HealthState.Healthy),
            new TrackingState.WaitingForController(NewSha, NewSha, HealthState.Progressing),
            new TrackingState.Synced(NewSha, HealthState.Healthy),
        ], states);
    }

    [Fact]
    public async Task TrackAsync_ControllerNeverReports_TimesOutWithWhatIsKnown()
    {
        var store = new ClusterStore();
        store.Upsert(Status(OldSha, HealthState.Degraded));
        var time = new FakeTimeProvider();
        var tracker = new ActionTracker(store, new ActionOptions { TrackingTimeout = TimeSpan.FromMinutes(10) }, time);

        await using var states = tracker.TrackAsync(App, NewSha, TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await states.MoveNextAsync());
        Assert.True(await states.MoveNextAsync());
        var next = states.MoveNextAsync();
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await next);

        var timedOut = Assert.IsType<TrackingState.TimedOut>(states.Current);
        Assert.Equal((OldSha, HealthState.Degraded), (timedOut.Revision, timedOut.Health));
        Assert.Equal("After 10 min the controller still reports 1111111 (Degraded), not 2222222.", timedOut.Message);
        Assert.False(await states.MoveNextAsync());
    }

    [Fact]
    public async Task TrackAsync_AlreadySynced_EndsAtOnce()
    {
        var store = new ClusterStore();
        store.Upsert(Status(NewSha, HealthState.Healthy));
        var tracker = new ActionTracker(store, new ActionOptions(), new FakeTimeProvider());

        var states = new List<TrackingState>();
        await foreach (var state in tracker.TrackAsync(App, NewSha[..7], TestContext.Current.CancellationToken))
        {
            states.Add(state);
        }

        Assert.IsType<TrackingState.Committed>(states[0]);
        Assert.Equal(new TrackingState.Synced(NewSha, HealthState.Healthy), Assert.Single(states.Skip(1)));
    }

    private static AppStatus Status(string revision, HealthState health) =>
        new() { Key = App, Controller = Controller.Flux, Revision = revision, Health = health };
}
