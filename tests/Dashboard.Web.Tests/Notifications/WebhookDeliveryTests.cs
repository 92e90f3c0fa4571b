using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Core.Notifications;

namespace Dashboard.Web.Tests.Notifications;

/// <summary>The whole pipeline against local HTTP receivers: one message per transition, retries, isolation, quiet period, signatures.</summary>
public sealed class WebhookDeliveryTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly byte[] Secret = "test-secret-not-for-production"u8.ToArray();

    public static TheoryData<string> Transitions => ["outofsync", "degraded", "reconcile", "cert-expiring", "cert-not-ready",
        "cert-overdue", "volume-degraded", "volume-faulted", "backup-late"];

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task Transition_ToProblemAndBack_ReceiverGetsExactlyOneOfEach(string transition)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await TestReceiver.StartAsync(ct);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
            [new WebhookTarget(http, receiver.BaseAddress, null, time, "hook")], ct);
        var (healthy, broken, reason) = Scenario(transition);
        await harness.UpsertAsync(healthy, ct);

        await harness.UpsertAsync(broken, ct);
        await harness.AdvanceAsync(TimeSpan.FromMinutes(6), ct); // past the grace period where there is one
        await harness.UpsertAsync(broken, ct);                  // the same state again: no new message
        var problem = Json(await receiver.NextAsync(Bound, ct));
        Assert.Equal("problem", problem.GetProperty("state").GetString());
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Equal(broken.Key.ToString(), problem.GetProperty("object").GetString());
        Assert.Equal(broken.Key.Kind.ToString(), problem.GetProperty("kind").GetString());
        Assert.Equal("homelab", problem.GetProperty("cluster").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("link").GetString()));

        await harness.AdvanceAsync(TimeSpan.FromMinutes(16), ct); // past the quiet period
        await harness.UpsertAsync(healthy, ct);
        var recovered = Json(await receiver.NextAsync(Bound, ct));
        Assert.Equal("recovered", recovered.GetProperty("state").GetString());
        Assert.Equal(reason, recovered.GetProperty("reason").GetString());

        await harness.AdvanceAsync(TimeSpan.FromMinutes(1), ct);
        await NotificationHarness.WaitUntilAsync(async () => (await harness.AttemptsAsync(ct)).Count == 2, "two recorded deliveries", ct);
        Assert.Equal(2, receiver.Count);
    }

    [Fact]
    public async Task Delivery_ReceiverFailsOnceThenAccepts_RetriedAndEveryAttemptRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await TestReceiver.StartAsync(ct);
        receiver.Respond = (_, number, _) => Task.FromResult(number == 1 ? 500 : 200);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
            [new WebhookTarget(http, receiver.BaseAddress, null, time, "flaky")], ct);

        await harness.UpsertAsync(Items.Volume("data", "faulted"), ct);

        var first = await receiver.NextAsync(Bound, ct);
        var second = await receiver.NextAsync(Bound, ct);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Header("X-Dashboard-Delivery"), second.Header("X-Dashboard-Delivery"));
        await NotificationHarness.WaitUntilAsync(async () => (await harness.AttemptsAsync(ct)).Count == 2, "two recorded attempts", ct);
        var attempts = await harness.AttemptsAsync(ct);
        Assert.Collection(attempts,
            a => Assert.Equal((1, 500, DeliveryOutcome.Retry), (a.AttemptNumber, a.StatusCode!.Value, a.Outcome)),
            a => Assert.Equal((2, 200, DeliveryOutcome.Delivered), (a.AttemptNumber, a.StatusCode!.Value, a.Outcome)));
        Assert.All(attempts, a => Assert.Equal("flaky", a.Target));
    }

    [Fact]
    public async Task Delivery_ReceiverAlwaysFails_StopsAfterMaxAttemptsAsFailed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await TestReceiver.StartAsync(ct);
        receiver.Respond = (_, _, _) => Task.FromResult(503);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
            [new WebhookTarget(http, receiver.BaseAddress, null, time, "down")], ct);

        await harness.UpsertAsync(Items.Volume("data", "faulted"), ct);

        await NotificationHarness.WaitUntilAsync(async () => (await harness.AttemptsAsync(ct)).Count == 3, "three attempts", ct);
        var attempts = await harness.AttemptsAsync(ct);
        Assert.Equal([DeliveryOutcome.Retry, DeliveryOutcome.Retry, DeliveryOutcome.Failed], attempts.Select(a => a.Outcome));
        Assert.Equal(3, receiver.Count);
    }

    [Fact]
    public async Task Delivery_OneReceiverHangs_TheOtherStillGetsEveryMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var dead = await TestReceiver.StartAsync(ct);
        dead.Respond = async (_, _, cancel) =>
        {
            await Task.Delay(Timeout.Infinite, cancel); // never answers while the test runs
            return 200;
        };
        await using var healthy = await TestReceiver.StartAsync(ct);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
        [
            new WebhookTarget(http, dead.BaseAddress, null, time, "dead"),
            new WebhookTarget(http, healthy.BaseAddress, null, time, "healthy"),
        ], ct);

        await harness.UpsertAsync(Items.Volume("one", "faulted"), ct);
        await harness.UpsertAsync(Items.Volume("two", "degraded"), ct);

        Assert.Contains("/one", Json(await healthy.NextAsync(Bound, ct)).GetProperty("object").GetString(), StringComparison.Ordinal);
        Assert.Contains("/two", Json(await healthy.NextAsync(Bound, ct)).GetProperty("object").GetString(), StringComparison.Ordinal);
        await NotificationHarness.WaitUntilAsync(async () => (await harness.AttemptsAsync(ct)).Count(a => a.Target == "healthy") == 2,
            "the healthy target's attempts", ct);
        await NotificationHarness.WaitUntilAsync(() => Task.FromResult(dead.Count == 1), "the dead receiver's first request", ct);
        Assert.DoesNotContain(await harness.AttemptsAsync(ct), a => a.Target == "dead"); // still stuck on its first request
    }

    [Fact]
    public async Task QuietPeriod_FlappingObject_SendsNothingMoreUntilItEnds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await TestReceiver.StartAsync(ct);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
            [new WebhookTarget(http, receiver.BaseAddress, null, time, "hook")], ct);
        await harness.UpsertAsync(Items.Volume("flappy"), ct);
        await harness.UpsertAsync(Items.Volume("flappy", "degraded"), ct);
        Assert.Equal("problem", Json(await receiver.NextAsync(Bound, ct)).GetProperty("state").GetString());

        for (var i = 0; i < 4; i++)
        {
            await harness.AdvanceAsync(TimeSpan.FromMinutes(1), ct);
            await harness.UpsertAsync(Items.Volume("flappy"), ct);
            await harness.AdvanceAsync(TimeSpan.FromMinutes(1), ct);
            await harness.UpsertAsync(Items.Volume("flappy", "degraded"), ct);
        }

        // A marker through the same queue: once it arrives, anything sent before it would have arrived first.
        await harness.UpsertAsync(Items.Volume("marker", "faulted"), ct);
        var next = Json(await receiver.NextAsync(Bound, ct));
        Assert.EndsWith("/marker", next.GetProperty("object").GetString(), StringComparison.Ordinal);

        // After the quiet period the object's final state (still degraded) was already announced: still nothing.
        await harness.AdvanceAsync(TimeSpan.FromMinutes(10), ct);
        await harness.UpsertAsync(Items.Volume("flappy"), ct);
        var recovered = Json(await receiver.NextAsync(Bound, ct));
        Assert.Equal(("recovered", true), (recovered.GetProperty("state").GetString(),
            recovered.GetProperty("object").GetString()!.EndsWith("/flappy", StringComparison.Ordinal)));
        Assert.False(receiver.TryTake(out _));
    }

    [Fact]
    public async Task Signature_WithSecret_VerifiesOverTimestampAndRawBody()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await TestReceiver.StartAsync(ct);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
            [new WebhookTarget(http, receiver.BaseAddress, Secret, time, "signed")], ct);

        await harness.UpsertAsync(Items.Volume("data", "faulted"), ct);
        var request = await receiver.NextAsync(Bound, ct);

        // What the README tells a receiver to do, written out independently of the sender's code.
        var timestamp = request.Header("X-Dashboard-Timestamp");
        Assert.Equal(harness.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), timestamp);
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(request.Body).ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Secret, signed));
        Assert.Equal(expected, request.Header("X-Dashboard-Signature"));
        Assert.True(WebhookSignature.Verify(Secret, timestamp, request.Header("X-Dashboard-Signature"), request.Body,
            harness.Time.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, timestamp, request.Header("X-Dashboard-Signature"), request.Body,
            harness.Time.GetUtcNow().AddMinutes(10), TimeSpan.FromMinutes(5))); // a replay later is refused
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signature_WithoutSecret_NoSignatureHeaders()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await TestReceiver.StartAsync(ct);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
            [new WebhookTarget(http, receiver.BaseAddress, null, time, "plain")], ct);

        await harness.UpsertAsync(Items.Volume("data", "faulted"), ct);
        var request = await receiver.NextAsync(Bound, ct);

        Assert.False(request.Headers.ContainsKey("X-Dashboard-Signature"));
        Assert.False(request.Headers.ContainsKey("X-Dashboard-Timestamp"));
    }

    internal static (IClusterItem Healthy, IClusterItem Broken, string Reason) Scenario(string transition) => transition switch
    {
        "outofsync" => (Items.App("podinfo"), Items.App("podinfo", sync: SyncState.OutOfSync), NotificationReasons.OutOfSync),
        "degraded" => (Items.App("podinfo"), Items.App("podinfo", HealthState.Degraded), NotificationReasons.AppDegraded),
        "reconcile" => (Items.FluxApp("apps", failed: false), Items.FluxApp("apps", failed: true), NotificationReasons.ReconcileFailed),
        "cert-expiring" => (Items.Certificate("web", TimeSpan.FromDays(60)), Items.Certificate("web", TimeSpan.FromDays(10)),
            NotificationReasons.CertificateExpiring),
        "cert-not-ready" => (Items.Certificate("web", TimeSpan.FromDays(60)), Items.Certificate("web", TimeSpan.FromDays(60), ready: false),
            NotificationReasons.CertificateNotReady),
        "cert-overdue" => (Items.Certificate("web", TimeSpan.FromDays(40)),
            Items.Certificate("web", TimeSpan.FromDays(40), renewal: NotificationHarness.Start - TimeSpan.FromDays(2)), NotificationReasons.RenewalOverdue),
        "volume-degraded" => (Items.Volume("data"), Items.Volume("data", "degraded"), NotificationReasons.VolumeUnhealthy),
        "volume-faulted" => (Items.Volume("data"), Items.Volume("data", "faulted"), NotificationReasons.VolumeUnhealthy),
        "backup-late" => (Items.Volume("data"), Items.Volume("data", lastBackup: NotificationHarness.Start - TimeSpan.FromDays(3)),
            NotificationReasons.BackupLate),
        _ => throw new ArgumentOutOfRangeException(nameof(transition)),
    };

    private static JsonElement Json(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement;
}
