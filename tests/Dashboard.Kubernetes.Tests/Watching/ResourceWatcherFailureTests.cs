using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Watching;
using Microsoft.Extensions.Logging;
using static Dashboard.Kubernetes.Tests.Watching.TestObjects;

namespace Dashboard.Kubernetes.Tests.Watching;

public sealed class ResourceWatcherFailureTests
{
    private const int ReconnectEvent = 2;

    [Fact]
    public async Task RunAsync_RepeatedListErrors_BackoffGrowsCappedAt30SecondsOneWarningEach()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness(random: 0.5);
        for (var i = 0; i < 7; i++)
        {
            harness.Client.EnqueueListError(new HttpRequestException("connection refused"));
        }

        await harness.StartAndExpectListAsync(cancellationToken);
        for (var i = 0; i < 7; i++)
        {
            await harness.Client.AdvanceUntilNextCallAsync(harness.Stepper, cancellationToken);
        }

        var warnings = harness.Warnings(ReconnectEvent);
        Assert.All(warnings, w => Assert.Equal(LogLevel.Warning, w.Level));
        Assert.Equal([0.5, 1, 2, 4, 8, 15, 15], warnings.Select(w => ((TimeSpan)w.Values["RetryDelay"]!).TotalSeconds));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], warnings.Select(w => (int)w.Values["ErrorCount"]!));
        var state = harness.State!;
        Assert.Equal(WatchPhase.Listing, state.Phase);
        Assert.Equal(7, state.ErrorCount);
        Assert.Equal("connection refused", state.Message);
    }

    [Fact]
    public async Task RunAsync_HealthyForAMinuteAfterErrors_BackoffAndErrorCountStartOver()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness(random: 0.5);
        harness.Client.EnqueueListError(new HttpRequestException("down"));
        harness.Client.EnqueueListError(new HttpRequestException("down"));
        harness.Client.EnqueueListError(new HttpRequestException("down"));
        harness.Client.EnqueueList(Page("50", Object("a", "10")));
        var watch = harness.Client.EnqueueWatch();

        await harness.StartAndExpectListAsync(cancellationToken);
        for (var i = 0; i < 3; i++)
        {
            await harness.Client.AdvanceUntilNextCallAsync(harness.Stepper, cancellationToken);
        }

        Assert.Equal("watch", (await harness.Client.NextCallAsync(cancellationToken)).Operation);
        harness.Time.Advance(TimeSpan.FromSeconds(61));
        watch.Fail(new IOException("connection reset"));
        await harness.Client.AdvanceUntilNextCallAsync(harness.Stepper, cancellationToken);

        var warnings = harness.Warnings(ReconnectEvent);
        Assert.Equal([0.5, 1, 2, 0.5], warnings.Select(w => ((TimeSpan)w.Values["RetryDelay"]!).TotalSeconds));
        Assert.Equal(1, (int)warnings[^1].Values["ErrorCount"]!);
    }

    [Fact]
    public async Task RunAsync_TooManyRequests_WaitsAtLeastRetryAfter()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness(random: 0.5);
        harness.Client.EnqueueListError(new TooManyRequestsException("list: HTTP 429", TimeSpan.FromSeconds(20)));
        harness.Client.EnqueueList(Page("50"));

        var failed = await harness.StartAndExpectListAsync(cancellationToken);
        var retried = await harness.Client.AdvanceUntilNextCallAsync(new FakeTimeProviderStepper(harness.Time, TimeSpan.FromSeconds(1)), cancellationToken);

        Assert.Equal(TimeSpan.FromSeconds(20), (TimeSpan)Assert.Single(harness.Warnings(ReconnectEvent)).Values["RetryDelay"]!);
        Assert.True(retried.At - failed.At >= TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task RunAsync_WatchSilentPastTimeoutAndGrace_CancelledAsStalledAndRewatchedFromLastVersion()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness(random: 0.5, configure: o =>
        {
            o.WatchTimeout = TimeSpan.FromSeconds(10);
            o.StallGrace = TimeSpan.FromSeconds(5);
        });
        harness.Client.EnqueueList(Page("50", Object("a", "10")));
        harness.Client.EnqueueWatch().Send(WatchEvent.Modified, Object("a", "60")); // then silence, never ends

        await harness.StartAndExpectListAsync(cancellationToken);
        var firstWatch = await harness.Client.NextCallAsync(cancellationToken);
        var secondWatch = await harness.Client.AdvanceUntilNextCallAsync(new FakeTimeProviderStepper(harness.Time, TimeSpan.FromSeconds(1)), cancellationToken);

        Assert.Equal(11, firstWatch.TimeoutSeconds);
        Assert.Equal(("watch", "60"), (secondWatch.Operation, secondWatch.ResourceVersion));
        Assert.True(secondWatch.At - firstWatch.At >= TimeSpan.FromSeconds(16));
        var warning = Assert.Single(harness.Warnings(ReconnectEvent));
        Assert.Contains("stalled", warning.Message, StringComparison.Ordinal);
        Assert.Single(harness.Client.History, c => c.Operation == "list");
    }

    [Fact]
    public async Task RunAsync_WatchEndsAtOnceWithoutEvents_BacksOffInsteadOfSpinning()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.EnqueueList(Page("50"));
        harness.Client.EnqueueWatch().End();

        await harness.StartAndExpectListAsync(cancellationToken);
        await harness.Client.NextCallAsync(cancellationToken);
        var rewatch = await harness.Client.AdvanceUntilNextCallAsync(harness.Stepper, cancellationToken);

        Assert.Equal("50", rewatch.ResourceVersion);
        Assert.Single(harness.Warnings(ReconnectEvent));
    }

    [Fact]
    public async Task RunAsync_ObjectWithUnreadableFields_LoggedOncePerFieldSetWithObjectScope()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.EnqueueList(Page("50", Object("broken", "10", unreadable: "status.conditions")));
        harness.Client.EnqueueWatch()
            .Send(WatchEvent.Modified, Object("broken", "11", unreadable: "status.conditions"))
            .Send(WatchEvent.Modified, Object("broken", "12", unreadable: "status.conditions"))
            .Send(WatchEvent.Modified, Object("broken", "13", unreadable: ["status.conditions", "spec.interval"]))
            .End();

        await harness.StartAndExpectListAsync(cancellationToken);
        await harness.Client.NextCallAsync(cancellationToken);
        await harness.Client.NextCallAsync(cancellationToken);

        var logged = harness.Warnings(eventId: 6);
        Assert.Equal(["status.conditions", "status.conditions, spec.interval"], logged.Select(e => (string)e.Values["Fields"]!));
        Assert.Equal("home/FluxKustomization/apps/broken", logged[0].Values["Key"]);
        var scope = Assert.IsType<Dictionary<string, object?>>(Assert.Single(logged[0].Scopes));
        Assert.Equal("broken", scope["Name"]);
        Assert.Equal("kustomizations.kustomize.toolkit.fluxcd.io", scope["Resource"]);
        Assert.Contains(WatcherHarness.KeyOf(harness.Kind, "broken"), harness.Store.Current.Items.Keys);
    }
}
