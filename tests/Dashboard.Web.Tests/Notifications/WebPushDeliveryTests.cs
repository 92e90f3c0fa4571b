using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Core.Notifications;
using Dashboard.Core.Notifications.WebPush;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Web.Tests.Notifications;

/// <summary>Web Push to a local "push service" that checks VAPID and decrypts with the subscription's private key.</summary>
public sealed partial class WebPushDeliveryTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private const string Subject = "mailto:ops@example.org";

    [Fact]
    public async Task WebPush_Problem_PushServiceVerifiesVapidAndDecryptsThePayload()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var pushService = await TestReceiver.StartAsync(ct);
        using var device = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var (uaPublic, auth) = DeviceKeys(device);
        var vapid = VapidKeys.Generate();
        await using var harness = await NotificationHarness.StartAsync((h, http) =>
            [new WebPushTarget(http, h.Subscriptions, vapid, Subject, h.Time, NullLogger<WebPushTarget>.Instance)], ct);
        var endpoint = new Uri(pushService.BaseAddress, "push/v1/device-1");
        await harness.Subscriptions.SaveAsync(new PushSubscription(endpoint.AbsoluteUri, Base64Url.Encode(uaPublic), Base64Url.Encode(auth),
            "alice", harness.Time.GetUtcNow()), ct);

        await harness.UpsertAsync(Items.Volume("data", "faulted"), ct);
        var request = await pushService.NextAsync(Bound, ct);

        Assert.Equal(("POST", "/push/v1/device-1"), (request.Method, request.Path));
        Assert.Equal("aes128gcm", request.Header("Content-Encoding"));
        Assert.Equal("86400", request.Header("TTL"));
        Assert.Equal("high", request.Header("Urgency"));
        VerifyVapid(request.Header("Authorization"), vapid, pushService.BaseAddress, harness.Time.GetUtcNow());

        var message = JsonDocument.Parse(PushServiceDecryption.Decrypt(request.Body, device, uaPublic, auth)).RootElement;
        Assert.Equal("Volume faulted: data", message.GetProperty("title").GetString());
        Assert.Equal("/volumes?focus=data", message.GetProperty("url").GetString());
        Assert.Equal("problem", message.GetProperty("state").GetString());
        Assert.Equal("homelab/LonghornVolume/longhorn-system/data", message.GetProperty("tag").GetString());
        await NotificationHarness.WaitUntilAsync(async () => (await harness.AttemptsAsync(ct)).Any(a => a.Outcome == DeliveryOutcome.Delivered),
            "the recorded delivery", ct);
    }

    [Fact]
    public async Task WebPush_PushServiceAnswersGone_SubscriptionDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var pushService = await TestReceiver.StartAsync(ct);
        pushService.Respond = (request, _, _) => Task.FromResult(request.Path.EndsWith("/gone", StringComparison.Ordinal) ? 410 : 201);
        using var device = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var (uaPublic, auth) = DeviceKeys(device);
        await using var harness = await NotificationHarness.StartAsync((h, http) =>
            [new WebPushTarget(http, h.Subscriptions, VapidKeys.Generate(), Subject, h.Time, NullLogger<WebPushTarget>.Instance)], ct);
        foreach (var name in new[] { "gone", "alive" })
        {
            await harness.Subscriptions.SaveAsync(new PushSubscription(new Uri(pushService.BaseAddress, "push/" + name).AbsoluteUri,
                Base64Url.Encode(uaPublic), Base64Url.Encode(auth), null, harness.Time.GetUtcNow()), ct);
        }

        await harness.UpsertAsync(Items.Volume("data", "faulted"), ct);

        await NotificationHarness.WaitUntilAsync(async () => (await harness.AttemptsAsync(ct)).Count == 1, "the recorded attempt", ct);
        var attempt = Assert.Single(await harness.AttemptsAsync(ct));
        Assert.Equal(DeliveryOutcome.Failed, attempt.Outcome); // 410 is final: no retry for the gone device
        Assert.Contains("410", attempt.Error, StringComparison.Ordinal);
        var left = Assert.Single(await harness.Subscriptions.ListAsync(ct));
        Assert.EndsWith("/push/alive", left.Endpoint, StringComparison.Ordinal);
        Assert.Equal(2, pushService.Count);
    }

    private static (byte[] PublicKey, byte[] Auth) DeviceKeys(ECDiffieHellman device)
    {
        var p = device.ExportParameters(false);
        return ([0x04, .. p.Q.X!, .. p.Q.Y!], RandomNumberGenerator.GetBytes(16));
    }

    /// <summary>RFC 8292: "vapid t=JWT, k=key"; ES256 over header.claims with the key in k; aud is the push service's origin.</summary>
    private static void VerifyVapid(string authorization, VapidKeys keys, Uri pushService, DateTimeOffset now)
    {
        var match = VapidHeader().Match(authorization);
        Assert.True(match.Success, authorization);
        var key = Base64Url.Decode(match.Groups["k"].Value);
        Assert.Equal(keys.PublicKey, key);
        var parts = match.Groups["t"].Value.Split('.');
        using var verifier = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = key[1..33], Y = key[33..] },
        });
        Assert.True(verifier.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.Decode(parts[2]),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation), "the JWT signature");
        var claims = JsonDocument.Parse(Base64Url.Decode(parts[1])).RootElement;
        Assert.Equal(pushService.GetLeftPart(UriPartial.Authority), claims.GetProperty("aud").GetString());
        Assert.Equal(Subject, claims.GetProperty("sub").GetString());
        var exp = DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("exp").GetInt64());
        Assert.InRange(exp, now, now.AddHours(24));
    }

    [GeneratedRegex("^vapid t=(?<t>[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+), k=(?<k>[A-Za-z0-9_-]+)$")]
    private static partial Regex VapidHeader();
}
