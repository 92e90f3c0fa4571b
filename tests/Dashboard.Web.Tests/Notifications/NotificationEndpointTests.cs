using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Dashboard.Core.Notifications.WebPush;
using Dashboard.Testing.Web;

namespace Dashboard.Web.Tests.Notifications;

/// <summary>The real app (sandbox) with a WebPush target: key exposed, subscription stored in SQLite, validated, removed.</summary>
public sealed class NotificationEndpointTests
{
    [Fact]
    public async Task Subscriptions_PostThenDelete_StoredAndRemoved()
    {
        var ct = TestContext.Current.CancellationToken;
        using var app = new DashboardAppFactory(new Dictionary<string, string?>
        {
            ["Dashboard:Notifications:VapidSubject"] = "mailto:ops@example.org",
            ["Dashboard:Notifications:Targets:0:Type"] = "WebPush",
        });
        app.Start();
        using var client = app.CreateClient();
        // Unsafe /api requests from a browser carry this header (see ApiRequestForgeryProtection); the page's script sends it too.
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");

        var config = await client.GetFromJsonAsync<JsonElement>("/api/notifications/webpush", ct);
        Assert.True(config.GetProperty("enabled").GetBoolean());
        var publicKey = Base64Url.Decode(config.GetProperty("publicKey").GetString()!);
        Assert.Equal(65, publicKey.Length);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "vapid.json")));

        using var device = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var p = device.ExportParameters(false);
        var body = new
        {
            endpoint = "https://push.example.net/wpush/v2/abc",
            keys = new { p256dh = Base64Url.Encode([0x04, .. p.Q.X!, .. p.Q.Y!]), auth = Base64Url.Encode(RandomNumberGenerator.GetBytes(16)) },
        };
        var stored = await client.PostAsJsonAsync("/api/notifications/webpush/subscriptions", body, ct);
        Assert.Equal(HttpStatusCode.NoContent, stored.StatusCode);
        var store = app.Services.GetRequiredService<IPushSubscriptionStore>();
        Assert.Equal(body.endpoint, Assert.Single(await store.ListAsync(ct)).Endpoint);

        var bad = await client.PostAsJsonAsync("/api/notifications/webpush/subscriptions",
            new { endpoint = "https://push.example.net/x", keys = new { p256dh = "AAAA", auth = "AAAA" } }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var deleted = await client.DeleteAsync("/api/notifications/webpush/subscriptions?endpoint=" + Uri.EscapeDataString(body.endpoint), ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await store.ListAsync(ct));
    }

    [Fact]
    public async Task WebPushKey_NoWebPushTarget_ReportsDisabledAndRefusesSubscriptions()
    {
        var ct = TestContext.Current.CancellationToken;
        using var app = new DashboardAppFactory();
        app.Start();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");

        var config = await client.GetFromJsonAsync<JsonElement>("/api/notifications/webpush", ct);
        var refused = await client.PostAsJsonAsync("/api/notifications/webpush/subscriptions",
            new { endpoint = "https://push.example.net/x", keys = new { p256dh = "x", auth = "y" } }, ct);

        Assert.False(config.GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await client.GetStringAsync("/notifications", ct);
        Assert.Contains("Notify this device", page, StringComparison.Ordinal);
        Assert.Contains("No targets configured", page, StringComparison.Ordinal);
        var js = await client.GetAsync("/js/notifications.js", ct);
        var sw = await client.GetAsync("/sw.js", ct);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (js.StatusCode, sw.StatusCode));
    }
}
