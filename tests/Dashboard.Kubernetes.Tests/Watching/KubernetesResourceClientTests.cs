using System.Text.Json;
using Dashboard.Kubernetes.Watching;
using k8s;

namespace Dashboard.Kubernetes.Tests.Watching;

public sealed class KubernetesResourceClientTests
{
    private static readonly ResourceType Applications = WatchedKinds.ArgoApplication.Preferred;
    private const string ApplicationsPath = "/apis/argoproj.io/v1alpha1/applications";

    private static async Task<(RecordedApiServer Server, KubernetesResourceClient Client)> StartAsync(
        string path, string recording, Dictionary<string, string>? headers = null)
    {
        var server = await RecordedApiServer.StartAsync(new Dictionary<string, RecordedExchange> { [path] = RecordedExchange.Load(recording) }, headers);
        return (server, new KubernetesResourceClient(new KubernetesClientConfiguration { Host = server.BaseAddress.ToString() }));
    }

    [Fact]
    public async Task ListAsync_RecordedPageWithContinue_ReturnsItemsVersionAndToken()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (server, client) = await StartAsync(ApplicationsPath, "11-list-applications-limit1.http");
        await using var _ = server;
        using var __ = client;

        var page = await client.ListAsync(Applications, continueToken: "abc=", limit: 500, cancellationToken);

        var item = Assert.Single(page.Items);
        Assert.Equal("home-assistant", item.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal("798", page.ResourceVersion);
        Assert.NotNull(page.Continue);
        Assert.Equal($"{ApplicationsPath}?limit=500&continue=abc%3D", Assert.Single(server.Requests));
    }

    [Fact]
    public async Task ListAsync_LastPage_HasNoContinue()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (server, client) = await StartAsync(ApplicationsPath, "13-list-applications-continue-last-page.http");
        await using var _ = server;
        using var __ = client;

        var page = await client.ListAsync(Applications, null, 500, cancellationToken);

        Assert.Null(page.Continue);
        Assert.NotEmpty(page.Items);
    }

    [Fact]
    public async Task WatchAsync_RecordedStream_YieldsEachLineAsEventInOrder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (server, client) = await StartAsync(ApplicationsPath, "30-watch-applications-modified-bookmark.http");
        await using var _ = server;
        using var __ = client;

        var events = new List<WatchEvent>();
        await foreach (var watchEvent in client.WatchAsync(Applications, "801", 20, allowBookmarks: true, cancellationToken))
        {
            events.Add(watchEvent);
        }

        Assert.Equal([WatchEvent.Modified, WatchEvent.Modified, WatchEvent.Bookmark, WatchEvent.Bookmark], events.Select(e => e.Type));
        Assert.Equal(["802", "806", "806", "806"], events.Select(e => e.Object.GetProperty("metadata").GetProperty("resourceVersion").GetString()));
        Assert.Equal("home-assistant", events[0].Object.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal($"{ApplicationsPath}?watch=true&resourceVersion=801&timeoutSeconds=20&allowWatchBookmarks=true", Assert.Single(server.Requests));
    }

    [Fact]
    public async Task WatchAsync_TooOldVersion_YieldsErrorEventThatMeansGone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (server, client) = await StartAsync(ApplicationsPath, "80-watch-rv1-after-compaction.http");
        await using var _ = server;
        using var __ = client;

        var events = new List<WatchEvent>();
        await foreach (var watchEvent in client.WatchAsync(Applications, "1", 20, allowBookmarks: true, cancellationToken))
        {
            events.Add(watchEvent);
        }

        var error = Assert.Single(events);
        Assert.Equal(WatchEvent.Error, error.Type);
        var exception = Assert.IsType<ResourceGoneException>(KubernetesErrors.FromErrorEvent(error.Object, "watch applications.argoproj.io"));
        Assert.Contains("too old resource version: 1 (779)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_Forbidden_ThrowsForbiddenWithServerMessage()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (server, client) = await StartAsync(ApplicationsPath, "46b-error-403-viewer-cluster-scope.http");
        await using var _ = server;
        using var __ = client;

        var error = await Assert.ThrowsAsync<ResourceForbiddenException>(() => client.ListAsync(Applications, null, 500, cancellationToken));

        Assert.Contains("cannot list resource \"applications\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_Http410_ThrowsGone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (server, client) = await StartAsync(ApplicationsPath, "88-list-continue-after-compaction.http");
        await using var _ = server;
        using var __ = client;

        await Assert.ThrowsAsync<ResourceGoneException>(() => client.ListAsync(Applications, "old-token", 500, cancellationToken));
    }

    [Fact]
    public async Task ListAsync_TooManyRequests_CarriesRetryAfter()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var tooMany = new RecordedExchange(System.Net.HttpStatusCode.TooManyRequests, "application/json",
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","code":429}""");
        await using var server = await RecordedApiServer.StartAsync(new Dictionary<string, RecordedExchange> { [ApplicationsPath] = tooMany },
            new Dictionary<string, string> { ["Retry-After"] = "7" });
        using var client = new KubernetesResourceClient(new KubernetesClientConfiguration { Host = server.BaseAddress.ToString() });

        var error = await Assert.ThrowsAsync<TooManyRequestsException>(() => client.ListAsync(Applications, null, 500, cancellationToken));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task IsServedAsync_DiscoveryListsPluralOrGroupMissing_TrueOrFalse()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (server, client) = await StartAsync("/apis/argoproj.io/v1alpha1", "03-discovery-argoproj-v1alpha1.http");
        await using var _ = server;
        using var __ = client;

        Assert.True(await client.IsServedAsync(Applications, cancellationToken));
        Assert.False(await client.IsServedAsync(Applications with { Plural = "widgets" }, cancellationToken));
        Assert.False(await client.IsServedAsync(WatchedKinds.FluxKustomization.Preferred, cancellationToken)); // 404 page not found (text/plain)
    }

    [Fact]
    public void ParseEvent_LineWithoutType_ThrowsNamingTheResource()
    {
        var error = Assert.Throws<KubernetesApiException>(() => KubernetesResourceClient.ParseEvent("""{"object":{}}""", Applications));

        Assert.Contains("applications.argoproj.io", error.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => KubernetesResourceClient.ParseEvent("{not json", Applications));
    }
}
