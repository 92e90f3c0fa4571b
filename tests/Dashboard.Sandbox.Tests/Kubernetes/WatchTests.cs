using Dashboard.Sandbox.Kubernetes;

namespace Dashboard.Sandbox.Tests.Kubernetes;

public sealed class WatchTests
{
    private const string ArgocdApps = "/apis/argoproj.io/v1alpha1/namespaces/argocd/applications";

    [Fact]
    public async Task Watch_WithoutResourceVersion_SendsSyntheticAddedThenLiveEvents()
    {
        await using var k = await TestEmulator.StartAsync();
        var count = (await k.GetJsonAsync(ArgocdApps))["items"]!.AsArray().Count;
        await using var watch = await k.WatchAsync(ArgocdApps + "?watch=1&timeoutSeconds=10");
        Assert.Equal(200, watch.StatusCode);
        Assert.Equal("application/json", watch.ContentType);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal("ADDED", (await watch.NextAsync())!["type"]!.GetValue<string>());
        }

        await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"annotations":{"touch":"1"}}}""", "application/merge-patch+json");
        var modified = (await watch.NextAsync())!;
        Assert.Equal("MODIFIED", modified["type"]!.GetValue<string>());
        Assert.Equal("1", modified["object"]!["metadata"]!["annotations"]!["touch"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watch_FromListRv_ReplaysOnlyLaterEvents()
    {
        await using var k = await TestEmulator.StartAsync();
        var rv = (await k.GetJsonAsync(ArgocdApps))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"annotations":{"touch":"1"}}}""", "application/merge-patch+json");
        await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"annotations":{"touch":"2"}}}""", "application/merge-patch+json");
        await using var watch = await k.WatchAsync($"{ArgocdApps}?watch=true&resourceVersion={rv}&timeoutSeconds=10");
        var first = (await watch.NextAsync())!;
        var second = (await watch.NextAsync())!;
        Assert.Equal("1", first["object"]!["metadata"]!["annotations"]!["touch"]!.GetValue<string>());
        Assert.Equal("2", second["object"]!["metadata"]!["annotations"]!["touch"]!.GetValue<string>());
        Assert.True(long.Parse(second["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()) > long.Parse(first["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Watch_Bookmarks_CarryOnlyResourceVersion_AndTimeoutEndsBody()
    {
        await using var k = await TestEmulator.StartAsync(new KubernetesEmulatorOptions { BookmarkInterval = TimeSpan.FromMilliseconds(200) });
        var rv = (await k.GetJsonAsync(ArgocdApps))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await k.WatchAsync($"{ArgocdApps}?watch=1&resourceVersion={rv}&allowWatchBookmarks=true&timeoutSeconds=1");
        var bookmark = (await watch.NextAsync())!;
        Assert.Equal(
            """{"type":"BOOKMARK","object":{"apiVersion":"argoproj.io/v1alpha1","kind":"Application","metadata":{"resourceVersion":"RV"}}}""".Replace("RV", rv, StringComparison.Ordinal),
            bookmark.ToJsonString());
        // Only bookmarks until timeoutSeconds, then the body ends cleanly (null = end of stream, no error).
        await DrainAsync(watch);
    }

    [Fact]
    public async Task Watch_TooOldResourceVersion_Is200WithOneErrorEvent()
    {
        await using var k = await TestEmulator.StartAsync();
        await using var watch = await k.WatchAsync("/apis/argoproj.io/v1alpha1/applications?watch=1&resourceVersion=1");
        Assert.Equal(200, watch.StatusCode);
        var error = (await watch.NextAsync())!;
        Assert.Equal("ERROR", error["type"]!.GetValue<string>());
        Assert.Equal(410, error["object"]!["code"]!.GetValue<int>());
        Assert.Equal("Expired", error["object"]!["reason"]!.GetValue<string>());
        Assert.StartsWith("too old resource version: 1 (", error["object"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_FinalizerDelete_GivesModifiedThenDeletedWithLastState()
    {
        await using var k = await TestEmulator.StartAsync();
        var rv = (await k.GetJsonAsync(ArgocdApps))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await k.WatchAsync($"{ArgocdApps}?watch=1&resourceVersion={rv}&timeoutSeconds=10");
        await k.SendAsync(HttpMethod.Delete, ArgocdApps + "/home-assistant");
        var modified = (await watch.NextAsync())!;
        Assert.Equal("MODIFIED", modified["type"]!.GetValue<string>());
        Assert.NotNull(modified["object"]!["metadata"]!["deletionTimestamp"]);
        await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"finalizers":null}}""", "application/merge-patch+json");
        var deleted = (await watch.NextAsync())!;
        Assert.Equal("DELETED", deleted["type"]!.GetValue<string>());
        Assert.NotNull(deleted["object"]!["metadata"]!["finalizers"]);
        Assert.True(long.Parse(deleted["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()) > long.Parse(modified["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()));
    }

    private static async Task DrainAsync(WatchReader watch)
    {
        while (await watch.NextAsync() is { } next)
        {
            Assert.Equal("BOOKMARK", next["type"]!.GetValue<string>());
        }
    }
}
