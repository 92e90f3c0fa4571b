using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Notifications;
using Dashboard.Testing.Web;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>The Notifications page: targets, the delivery log, and the "Notify this device" button wired to sw.js.</summary>
public sealed class NotificationsPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(new Dictionary<string, string?>
    {
        ["Dashboard:Notifications:VapidSubject"] = "mailto:ops@example.org",
        ["Dashboard:Notifications:Targets:0:Type"] = "WebPush",
        ["Dashboard:Notifications:Targets:1:Type"] = "Ntfy",
        ["Dashboard:Notifications:Targets:1:Url"] = "https://ntfy.example.org",
        ["Dashboard:Notifications:Targets:1:Topic"] = "homelab",
    });

    private Uri _baseAddress = null!;

    public async ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        var log = _app.Services.GetRequiredService<IDeliveryLog>();
        var now = DateTimeOffset.UtcNow;
        var volume = new Notification(Guid.NewGuid(), NotificationKind.Problem, new ResourceKey("sandbox", ResourceKind.LonghornVolume,
            "longhorn-system", "pvc-nextcloud-data"), NotificationReasons.VolumeUnhealthy, "Volume degraded", "attached; 1 of 3 replicas",
            ProblemSeverity.Warning, "/volumes?focus=pvc-nextcloud-data", now.AddMinutes(-42));
        var certificate = new Notification(Guid.NewGuid(), NotificationKind.Recovered, new ResourceKey("sandbox", ResourceKind.Certificate,
            "default", "wildcard-example-org"), NotificationReasons.CertificateNotReady, "Certificate not ready: Issuing", null,
            ProblemSeverity.Critical, "/certificates?focus=default/wildcard-example-org", now.AddMinutes(-5));
        await log.RecordAsync(new DeliveryAttempt("ntfy#1 (ntfy.example.org)", volume, 1, now.AddMinutes(-42), 503, "HTTP 503 ServiceUnavailable",
            DeliveryOutcome.Retry), CancellationToken.None);
        await log.RecordAsync(new DeliveryAttempt("ntfy#1 (ntfy.example.org)", volume, 2, now.AddMinutes(-41), 200, null,
            DeliveryOutcome.Delivered), CancellationToken.None);
        await log.RecordAsync(new DeliveryAttempt("webpush", volume, 1, now.AddMinutes(-42), 201, null, DeliveryOutcome.Delivered),
            CancellationToken.None);
        await log.RecordAsync(new DeliveryAttempt("ntfy#1 (ntfy.example.org)", certificate, 1, now.AddMinutes(-5), 200, null,
            DeliveryOutcome.Delivered), CancellationToken.None);
    }

    [Fact]
    public async Task NotificationsPage_PhoneAndDesktop_ListsDeliveriesAndWiresTheButton()
    {
        foreach (var (viewport, size) in Viewports.Both)
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = size,
                IsMobile = viewport == "phone",
                HasTouch = viewport == "phone",
            });
            var page = await context.NewPageAsync();

            await page.GotoAsync(new Uri(_baseAddress, "notifications").ToString());
            await page.WaitForBlazorAsync();
            // The sandbox moves on its own and the real notification service may log deliveries of its own meanwhile,
            // so count the rows of the objects seeded above (names the sandbox does not use).
            var rows = page.GetByTestId("delivery-row");
            var wait = new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 };
            await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = "pvc-nextcloud-data" })).ToHaveCountAsync(3, wait);
            await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = "wildcard-example-org" })).ToHaveCountAsync(1, wait);
            await Assertions.Expect(page.GetByTestId("notification-targets")).ToContainTextAsync("webpush");
            Assert.Equal(0, await page.HorizontalOverflowAsync());
            await Screenshots.SaveAsync(page, $"notifications-{viewport}");
        }

        // Headless Chromium has no push service, so the subscription itself cannot complete; the click
        // must still reach the script (VAPID key fetched, worker registered) and end in a clear message.
        await using var phone = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Phone });
        await phone.GrantPermissionsAsync(["notifications"], new BrowserContextGrantPermissionsOptions { Origin = _baseAddress.GetLeftPart(UriPartial.Authority) });
        var button = await phone.NewPageAsync();
        await button.GotoAsync(new Uri(_baseAddress, "notifications").ToString());
        await button.WaitForBlazorAsync();
        await button.GetByTestId("push-subscribe").ClickAsync();
        await Assertions.Expect(button.GetByTestId("push-status")).ToContainTextAsync(
            new System.Text.RegularExpressions.Regex("will be notified|Could not subscribe|cannot receive"), new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
