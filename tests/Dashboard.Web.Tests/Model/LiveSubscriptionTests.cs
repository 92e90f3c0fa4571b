using System.Threading.Channels;
using Dashboard.Core.Streaming;
using Dashboard.Testing;
using Dashboard.Web.Model;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Model;

public sealed class LiveSubscriptionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = LiveSubscription.PageInterval;

    private readonly ClusterStore _store = new();
    private readonly FakeTimeProvider _time = new(Build.Now);
    private readonly Channel<ClusterSnapshot> _deliveries = Channel.CreateUnbounded<ClusterSnapshot>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private void Change(string app, string message) => _store.Upsert(Build.App(app, message: message));

    private static string? MessageOf(ClusterSnapshot snapshot, string app) =>
        snapshot.Apps.Single(a => a.Key.Name == app).Message;

    private async Task<LiveSubscription> StartAsync()
    {
        var live = new LiveSubscription(_store);
        live.Start(snapshot => _deliveries.Writer.WriteAsync(snapshot, Ct).AsTask(), _time, waitForRender: true);
        live.RenderAcknowledged(); // the page's first render reached the browser
        await Task.Yield();
        return live;
    }

    private async Task<ClusterSnapshot> NextDeliveryAsync() => await _deliveries.Reader.ReadAsync(Ct).AsTask().WaitAsync(Bound, Ct);

    /// <summary>Gives the pump every chance to run. Used only before asserting that nothing came, which cannot flake.</summary>
    private static async Task SettleAsync()
    {
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(10, Ct);
        }
    }

    [Fact]
    public async Task Start_BeforeFirstRenderAcknowledged_DeliversNothing()
    {
        Change("podinfo", "m0");
        await using var live = new LiveSubscription(_store);
        live.Start(snapshot => _deliveries.Writer.WriteAsync(snapshot, Ct).AsTask(), _time, waitForRender: true);

        Change("podinfo", "m1");
        _time.Advance(TimeSpan.FromSeconds(1));
        await SettleAsync();
        Assert.False(_deliveries.Reader.TryRead(out _));

        live.RenderAcknowledged();
        Assert.Equal("m1", MessageOf(await NextDeliveryAsync(), "podinfo"));
    }

    [Fact]
    public async Task Start_ChangesWhileRenderUnacknowledged_HeldThenDeliveredAsOneBatchAfterAcknowledgement()
    {
        Change("podinfo", "m0");
        await using var live = await StartAsync();
        Change("podinfo", "m1");
        Assert.Equal("m1", MessageOf(await NextDeliveryAsync(), "podinfo"));

        // The browser has not applied m1 yet: however much time passes, nothing else goes.
        Change("podinfo", "m2");
        _time.Advance(TimeSpan.FromSeconds(1));
        Change("grafana", "g1");
        Change("podinfo", "m3");
        _time.Advance(TimeSpan.FromSeconds(1));
        await SettleAsync();
        Assert.False(_deliveries.Reader.TryRead(out _));
        Assert.Equal(1, live.Batches);

        live.RenderAcknowledged();
        var second = await NextDeliveryAsync();
        Assert.Equal("m3", MessageOf(second, "podinfo"));
        Assert.Equal("g1", MessageOf(second, "grafana"));
        Assert.Equal(2, live.Batches);
        await SettleAsync();
        Assert.False(_deliveries.Reader.TryRead(out _)); // m2, g1 and m3 came together
    }

    [Fact]
    public async Task Start_AcknowledgedAtOnce_NextDeliveryWaitsForMinimumInterval()
    {
        Change("podinfo", "m0");
        await using var live = await StartAsync();
        Change("podinfo", "m1");
        await NextDeliveryAsync();
        live.RenderAcknowledged();

        Change("podinfo", "m2");
        _time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        await SettleAsync();
        Assert.False(_deliveries.Reader.TryRead(out _));

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("m2", MessageOf(await NextDeliveryAsync(), "podinfo"));
    }

    [Fact]
    public async Task Start_NoChangesAfterAcknowledgement_DeliversNothing()
    {
        Change("podinfo", "m0");
        await using var live = await StartAsync();
        Change("podinfo", "m1");
        await NextDeliveryAsync();
        live.RenderAcknowledged();
        live.RenderAcknowledged(); // a stray acknowledgement (another render of the page) changes nothing

        _time.Advance(TimeSpan.FromSeconds(5));
        await SettleAsync();
        Assert.False(_deliveries.Reader.TryRead(out _));
        Assert.Equal(1, live.Batches);
    }

    [Fact]
    public async Task Start_BurstWithPromptAcknowledgements_NothingLostAndAtMostOneDeliveryPerInterval()
    {
        var apps = Enumerable.Range(0, 50).Select(i => $"app-{i:00}").ToArray();
        foreach (var app in apps)
        {
            Change(app, "start");
        }

        await using var live = await StartAsync();
        var started = _time.GetUtcNow();
        ClusterSnapshot? latest = null;

        // 1,000 changes, one every 5 ms (200/s), the browser acknowledging every render as soon as it arrives.
        for (var i = 0; i < 1000; i++)
        {
            Change(apps[i % apps.Length], $"change-{i}");
            _time.Advance(TimeSpan.FromMilliseconds(5));
            while (_deliveries.Reader.TryRead(out var snapshot))
            {
                latest = snapshot;
                live.RenderAcknowledged();
            }

            await Task.Yield();
        }

        // After the burst, keep acknowledging until the page holds the store's state (bounded).
        for (var round = 0; round < 100 && latest?.Version != _store.Current.Version; round++)
        {
            _time.Advance(Interval);
            await SettleAsync();
            while (_deliveries.Reader.TryRead(out var snapshot))
            {
                latest = snapshot;
                live.RenderAcknowledged();
            }
        }

        Assert.NotNull(latest);
        Assert.Equal(_store.Current.Version, latest.Version);
        for (var i = 0; i < apps.Length; i++)
        {
            Assert.Equal($"change-{950 + i}", MessageOf(latest, apps[i]));
        }

        // Each delivery after the first needs the interval of fake time since the previous one.
        var elapsed = _time.GetUtcNow() - started;
        Assert.InRange(live.Batches, 2, (long)(elapsed / Interval) + 1);
    }

    [Fact]
    public async Task DisposeAsync_WhileWaitingForAcknowledgement_Returns()
    {
        Change("podinfo", "m0");
        var live = await StartAsync();
        Change("podinfo", "m1");
        await NextDeliveryAsync();

        await live.DisposeAsync().AsTask().WaitAsync(Bound, Ct);
        Assert.Equal(0, _store.SubscriberCount);
    }
}
