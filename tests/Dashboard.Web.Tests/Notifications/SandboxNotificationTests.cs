using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Core.Cluster;
using Dashboard.Core.Notifications;
using Dashboard.Core.Streaming;
using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Tests.Notifications;

/// <summary>End to end: the real app on the sandbox's Kubernetes emulator; a status patched in the emulator reaches a webhook.</summary>
public sealed class SandboxNotificationTests
{
    private const string Volume = "pvc-0c5e8f2a-7d41-4b9e-a3c6-1f2e3d4c5b6a"; // healthy in the seed

    [Fact]
    public async Task PatchedVolumeStatus_InTheEmulator_WebhookGetsOneProblem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await TestReceiver.StartAsync(ct);
        await using var app = new DashboardAppFactory(new Dictionary<string, string?>
        {
            ["Dashboard:Notifications:Targets:0:Type"] = "Webhook",
            ["Dashboard:Notifications:Targets:0:Url"] = receiver.BaseAddress.ToString(),
        });
        app.Start();
        var store = app.Services.GetRequiredService<IClusterStore>();
        var service = app.Services.GetRequiredService<NotificationService>();
        await NotificationHarness.WaitUntilAsync(() =>
        {
            var watching = store.Current.Watches.Values.Any(w => w.Kind == ResourceKind.LonghornVolume && w.Phase == WatchPhase.Watching);
            return Task.FromResult(watching && service.LastEvaluation.Version >= store.Current.Version);
        }, "the volume watch to be live and judged", ct);

        var emulator = app.Services.GetRequiredService<SandboxHostedService>().World.Kubernetes;
        emulator.Store.Patch(emulator.Registry.Require("longhorn.io", "volumes"), "longhorn-system", Volume,
            (JsonObject)JsonNode.Parse("""{"status":{"robustness":"degraded"}}""")!, subresource: "status");

        // The sandbox's own simulation may change other objects meanwhile; only this volume's message counts.
        JsonElement message;
        do
        {
            message = JsonDocument.Parse((await receiver.NextAsync(TimeSpan.FromSeconds(30), ct)).Body).RootElement;
        }
        while (message.GetProperty("name").GetString() != Volume);

        Assert.Equal("problem", message.GetProperty("state").GetString());
        Assert.Equal(NotificationReasons.VolumeUnhealthy, message.GetProperty("reason").GetString());
        Assert.Equal("LonghornVolume", message.GetProperty("kind").GetString());
        await NotificationHarness.WaitUntilAsync(async () =>
            (await app.Services.GetRequiredService<IDeliveryLog>().RecentAsync(50, ct)).Any(a => a.Notification.Key.Name == Volume
                && a.Outcome == DeliveryOutcome.Delivered), "the recorded delivery", ct);
    }
}
