using System.Text;
using Dashboard.Core.Notifications;

namespace Dashboard.Web.Tests.Notifications;

public sealed class NtfyDeliveryTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Ntfy_Problem_PostsToTopicWithTitlePriorityTagsClickAndToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await TestReceiver.StartAsync(ct);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
            [new NtfyTarget(http, new Uri(server.BaseAddress, "homelab-alerts"), "tk_test", null, "ntfy")], ct,
            NotificationHarness.Settings with { BaseUrl = new Uri("https://dash.example.org/") });

        await harness.UpsertAsync(Items.Volume("data", "faulted"), ct);
        var request = await server.NextAsync(Bound, ct);

        Assert.Equal(("POST", "/homelab-alerts"), (request.Method, request.Path));
        Assert.Equal("Volume faulted: data", request.Header("Title"));
        Assert.Equal("high", request.Header("Priority")); // critical problem
        Assert.Equal("rotating_light", request.Header("Tags"));
        Assert.Equal("https://dash.example.org/volumes?focus=data", request.Header("Click"));
        Assert.Equal("Bearer tk_test", request.Header("Authorization"));
        Assert.Contains("homelab/LonghornVolume/longhorn-system/data", Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ntfy_RecoveryAndConfiguredPriority_UseDefaultPriorityAndCheckTag()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await TestReceiver.StartAsync(ct);
        await using var harness = await NotificationHarness.StartAsync((http, time) =>
            [new NtfyTarget(http, new Uri(server.BaseAddress, "alerts"), null, "5", "ntfy")], ct);
        await harness.UpsertAsync(Items.Volume("data", "degraded"), ct);
        var problem = await server.NextAsync(Bound, ct);
        Assert.Equal(("5", "warning", false), (problem.Header("Priority"), problem.Header("Tags"), problem.Headers.ContainsKey("Authorization")));
        Assert.False(problem.Headers.ContainsKey("Click")); // no BaseUrl: ntfy cannot open a relative link

        await harness.AdvanceAsync(TimeSpan.FromMinutes(16), ct);
        await harness.UpsertAsync(Items.Volume("data"), ct);
        var recovered = await server.NextAsync(Bound, ct);

        Assert.Equal(("default", "white_check_mark"), (recovered.Header("Priority"), recovered.Header("Tags")));
        Assert.StartsWith("Recovered: data", recovered.Header("Title"), StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderValue_NonAscii_UsesEncodedWord()
    {
        Assert.Equal("plain", NtfyTarget.HeaderValue("plain"));
        Assert.Equal("=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("café")) + "?=", NtfyTarget.HeaderValue("café"));
    }
}
