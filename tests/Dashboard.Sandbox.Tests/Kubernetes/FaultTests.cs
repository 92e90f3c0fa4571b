namespace Dashboard.Sandbox.Tests.Kubernetes;

public sealed class FaultTests
{
    private const string ArgocdApps = "/apis/argoproj.io/v1alpha1/namespaces/argocd/applications";

    [Fact]
    public async Task DropWatches_AbortsOpenStreams()
    {
        await using var k = await TestEmulator.StartAsync();
        var rv = (await k.GetJsonAsync(ArgocdApps))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await k.WatchAsync($"{ArgocdApps}?watch=1&resourceVersion={rv}");
        Assert.Equal(1, k.Emulator.Faults.OpenWatchCount);
        k.Emulator.Faults.DropWatches();
        await Assert.ThrowsAnyAsync<Exception>(async () => await watch.NextAsync());
    }

    [Fact]
    public async Task StallWatches_SendsNothingUntilReleased()
    {
        await using var k = await TestEmulator.StartAsync();
        var rv = (await k.GetJsonAsync(ArgocdApps))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await k.WatchAsync($"{ArgocdApps}?watch=1&resourceVersion={rv}&timeoutSeconds=30");
        k.Emulator.Faults.StallWatches();
        await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"labels":{"x":"1"}}}""", "application/merge-patch+json");
        var pending = watch.NextAsync(10);
        var first = await Task.WhenAny(pending, Task.Delay(500, TestContext.Current.CancellationToken));
        Assert.NotSame(pending, first);
        k.Emulator.Faults.ReleaseWatches();
        Assert.Equal("MODIFIED", (await pending)!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task CompactHistory_NextWatchFromOldRv_GetsErrorEvent()
    {
        await using var k = await TestEmulator.StartAsync();
        var rv = (await k.GetJsonAsync(ArgocdApps))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"labels":{"x":"1"}}}""", "application/merge-patch+json");
        k.Emulator.Faults.CompactHistory();
        await using var watch = await k.WatchAsync($"{ArgocdApps}?watch=1&resourceVersion={rv}");
        var error = (await watch.NextAsync())!;
        Assert.Equal("ERROR", error["type"]!.GetValue<string>());
        Assert.Equal(410, error["object"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task FailAndThrottleNext_OnlyForMatchingPrefix_ThenRecover()
    {
        await using var k = await TestEmulator.StartAsync();
        k.Emulator.Faults.FailNext(1, "/apis/argoproj.io");
        var (other, _, _) = await k.SendAsync(HttpMethod.Get, "/api/v1/namespaces");
        Assert.Equal(200, other);
        var (failed, status, _) = await k.SendAsync(HttpMethod.Get, ArgocdApps);
        Assert.Equal(500, failed);
        Assert.Equal("InternalError", status!["reason"]!.GetValue<string>());
        Assert.Equal(200, (await k.SendAsync(HttpMethod.Get, ArgocdApps)).Code);

        k.Emulator.Faults.ThrottleNext(2, retryAfterSeconds: 3);
        using var throttled = await k.Http.GetAsync(ArgocdApps, TestContext.Current.CancellationToken);
        Assert.Equal(429, (int)throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), throttled.Headers.RetryAfter!.Delta);
        Assert.Equal(429, (await k.SendAsync(HttpMethod.Get, ArgocdApps)).Code);
        Assert.Equal(200, (await k.SendAsync(HttpMethod.Get, ArgocdApps)).Code);
    }

    [Fact]
    public async Task Forbid_AnswersRbacStyle403()
    {
        await using var k = await TestEmulator.StartAsync();
        k.Emulator.Faults.Forbid("applications.argoproj.io");
        var (code, status, _) = await k.SendAsync(HttpMethod.Get, "/apis/argoproj.io/v1alpha1/applications");
        Assert.Equal(403, code);
        Assert.Equal("applications.argoproj.io is forbidden: User \"sandbox\" cannot list resource \"applications\" in API group \"argoproj.io\" at the cluster scope", status!["message"]!.GetValue<string>());
        var (named, namedStatus, _) = await k.SendAsync(HttpMethod.Get, ArgocdApps + "/home-assistant");
        Assert.Equal(403, named);
        Assert.Equal("home-assistant", namedStatus!["details"]!["name"]!.GetValue<string>());
        k.Emulator.Faults.Allow("applications.argoproj.io");
        Assert.Equal(200, (await k.SendAsync(HttpMethod.Get, ArgocdApps)).Code);
    }

    [Fact]
    public async Task HideCrd_RemovesItFromDiscoveryAndPaths()
    {
        await using var k = await TestEmulator.StartAsync();
        k.Emulator.Registry.Hide("kustomizations.kustomize.toolkit.fluxcd.io");
        var groups = await k.GetJsonAsync("/apis");
        Assert.DoesNotContain(groups["groups"]!.AsArray(), g => g!["name"]!.GetValue<string>() == "kustomize.toolkit.fluxcd.io");
        var (code, _, text) = await k.SendAsync(HttpMethod.Get, "/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations");
        Assert.Equal(404, code);
        Assert.Equal("404 page not found\n", text);
        k.Emulator.Registry.Unhide("kustomizations.kustomize.toolkit.fluxcd.io");
        Assert.Equal(200, (await k.SendAsync(HttpMethod.Get, "/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations")).Code);
    }

    [Fact]
    public async Task Restart_DropsConnections_ListensOnSamePort_KeepsData()
    {
        await using var k = await TestEmulator.StartAsync();
        var address = k.Emulator.BaseAddress;
        await using var watch = await k.WatchAsync($"{ArgocdApps}?watch=1&resourceVersion=0");
        await k.Emulator.RestartAsync(TestContext.Current.CancellationToken);
        Assert.Equal(address, k.Emulator.BaseAddress);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            while (await watch.NextAsync() is not null)
            {
                // Synthetic ADDED events may arrive before the connection drops.
            }

            throw new IOException("ended");
        });
        Assert.Equal("home-assistant", (await k.GetJsonAsync(ArgocdApps + "/home-assistant"))["metadata"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_AreCounted_WithWatchFlag()
    {
        await using var k = await TestEmulator.StartAsync();
        k.Emulator.Requests.Reset();
        await k.GetJsonAsync(ArgocdApps);
        await using (await k.WatchAsync($"{ArgocdApps}?watch=1&timeoutSeconds=1"))
        {
        }

        Assert.Equal(2, k.Emulator.Requests.Count);
        Assert.Equal(1, k.Emulator.Requests.WatchCount);
        Assert.Contains(k.Emulator.Requests.All, r => r is { Method: "GET", Path: ArgocdApps, IsWatch: false });
    }
}
