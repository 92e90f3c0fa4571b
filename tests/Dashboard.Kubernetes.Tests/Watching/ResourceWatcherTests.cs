using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Watching;
using static Dashboard.Kubernetes.Tests.Watching.TestObjects;

namespace Dashboard.Kubernetes.Tests.Watching;

public sealed class ResourceWatcherTests
{
    [Fact]
    public async Task RunAsync_ListThenWatch_StoresItemsAndWatchesFromListVersionWithBookmarksAndJitteredTimeout()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.EnqueueList(
            new ResourceListPage([Object("a", "10")], "50", "token-1"),
            Page("50", Object("b", "20")));
        var watch = harness.Client.EnqueueWatch();

        await harness.StartAndExpectListAsync(cancellationToken);
        var secondPage = await harness.Client.NextCallAsync(cancellationToken);
        var watchCall = await harness.Client.NextCallAsync(cancellationToken);

        Assert.Equal("token-1", secondPage.Continue);
        Assert.Equal(("watch", "50"), (watchCall.Operation, watchCall.ResourceVersion));
        Assert.Equal(330, watchCall.TimeoutSeconds); // 300 s + 20 % × 0.5
        Assert.Equal(["a", "b"], harness.ItemNames);
        var state = harness.State!;
        Assert.Equal(WatchPhase.Watching, state.Phase);
        Assert.Equal(harness.Time.GetUtcNow(), state.SyncedAt);

        watch.Send(WatchEvent.Added, Object("c", "51")).Send(WatchEvent.Modified, Object("a", "52", value: "changed")).Send(WatchEvent.Deleted, Object("b", "53"));
        watch.End();
        await harness.Client.NextCallAsync(cancellationToken);

        Assert.Equal(["a", "c"], harness.ItemNames);
        Assert.Equal("changed", ((Core.Cluster.CertificateStatus)harness.Store.Current.Items[WatcherHarness.KeyOf(harness.Kind, "a")]).ReadyReason);
    }

    [Fact]
    public async Task RunAsync_WatchEndsNormally_RewatchesFromLastEventVersionWithoutRelisting()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.EnqueueList(Page("50", Object("a", "10")));
        harness.Client.EnqueueWatch().Send(WatchEvent.Modified, Object("a", "61")).End();

        await harness.StartAndExpectListAsync(cancellationToken);
        await harness.Client.NextCallAsync(cancellationToken);
        var rewatch = await harness.Client.NextCallAsync(cancellationToken);

        Assert.Equal(("watch", "61"), (rewatch.Operation, rewatch.ResourceVersion));
    }

    [Fact]
    public async Task RunAsync_BookmarkThenEnd_RewatchesFromBookmarkVersionAndRefreshesSyncedAt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.EnqueueList(Page("50", Object("a", "10")));
        var watch = harness.Client.EnqueueWatch();

        await harness.StartAndExpectListAsync(cancellationToken);
        await harness.Client.NextCallAsync(cancellationToken);
        harness.Time.Advance(TimeSpan.FromSeconds(40));
        var bookmarkedAt = harness.Time.GetUtcNow();
        watch.Bookmark("77");
        await harness.WaitForStateAsync(s => s.SyncedAt == bookmarkedAt, cancellationToken);
        watch.End();
        var rewatch = await harness.Client.NextCallAsync(cancellationToken);

        Assert.Equal(("watch", "77"), (rewatch.Operation, rewatch.ResourceVersion));
        Assert.Equal(["a"], harness.ItemNames);
    }

    [Fact]
    public async Task RunAsync_ErrorEvent410_RelistsAndDropsObjectsDeletedMeanwhile()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.EnqueueList(Page("50", Object("a", "10"), Object("deleted-while-away", "11")));
        harness.Client.EnqueueWatch().Error(410, "Expired", "too old resource version: 50 (779)");
        harness.Client.EnqueueList(Page("800", Object("a", "10"), Object("new", "790")));

        await harness.StartAndExpectListAsync(cancellationToken);
        await harness.Client.NextCallAsync(cancellationToken);
        var relist = await harness.Client.NextCallAsync(cancellationToken);
        var rewatch = await harness.Client.NextCallAsync(cancellationToken);

        Assert.Equal("list", relist.Operation);
        Assert.Equal(("watch", "800"), (rewatch.Operation, rewatch.ResourceVersion));
        Assert.Equal(["a", "new"], harness.ItemNames);
        Assert.Empty(harness.Warnings(eventId: 2));
        Assert.Single(harness.Warnings(eventId: 3));
    }

    [Fact]
    public async Task RunAsync_Http410OnWatch_Relists()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.EnqueueList(Page("50", Object("a", "10")));
        harness.Client.EnqueueWatch().Fail(new ResourceGoneException("watch: HTTP 410 Gone"));
        harness.Client.EnqueueList(Page("90"));

        await harness.StartAndExpectListAsync(cancellationToken);
        await harness.Client.NextCallAsync(cancellationToken);
        var relist = await harness.Client.NextCallAsync(cancellationToken);
        var rewatch = await harness.Client.NextCallAsync(cancellationToken);

        Assert.Equal("list", relist.Operation);
        Assert.Equal("90", rewatch.ResourceVersion);
        Assert.Empty(harness.ItemNames);
    }

    [Fact]
    public async Task RunAsync_HelmReleaseV2NotServed_FallsBackToV2beta2()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness(WatchedKinds.FluxHelmRelease);
        harness.Client.IsServed = t => t.Version == "v2beta2";
        harness.Client.EnqueueList(Page("5", Object("podinfo", "4")));

        harness.Start();
        var first = await harness.Client.NextCallAsync(cancellationToken);
        var second = await harness.Client.NextCallAsync(cancellationToken);
        var list = await harness.Client.NextCallAsync(cancellationToken);

        Assert.Equal([("discover", "v2"), ("discover", "v2beta2"), ("list", "v2beta2")],
            new[] { first, second, list }.Select(c => (c.Operation, c.Type.Version)));
        Assert.Equal("/apis/helm.toolkit.fluxcd.io/v2beta2/helmreleases", list.Type.CollectionPath);
    }

    [Fact]
    public async Task RunAsync_GroupNotServed_ReportsNotInstalledAndRechecksLater()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.IsServed = _ => false;
        harness.Start();

        var state = await harness.WaitForStateAsync(s => s.Phase == WatchPhase.NotInstalled, cancellationToken);

        Assert.Equal("Flux (kustomize.toolkit.fluxcd.io/v1) is not installed in this cluster", state.Message);
        var firstCheck = await harness.Client.NextCallAsync(cancellationToken);
        harness.Client.IsServed = _ => true;
        var recheck = await harness.Client.AdvanceUntilNextCallAsync(new FakeTimeProviderStepper(harness.Time, TimeSpan.FromSeconds(10)), cancellationToken);
        Assert.Equal("discover", recheck.Operation);
        Assert.True(recheck.At - firstCheck.At >= TimeSpan.FromMinutes(5));
        Assert.Equal("list", (await harness.Client.NextCallAsync(cancellationToken)).Operation);
    }

    [Fact]
    public async Task RunAsync_ListForbidden_ReportsRbacRuleToAdd()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = new WatcherHarness();
        harness.Client.EnqueueListError(new ResourceForbiddenException("kustomizations.kustomize.toolkit.fluxcd.io is forbidden"));

        harness.Start();
        var state = await harness.WaitForStateAsync(s => s.Phase == WatchPhase.Forbidden, cancellationToken);

        Assert.Equal(
            "no permission to list kustomizations.kustomize.toolkit.fluxcd.io; add RBAC rule: apiGroups [kustomize.toolkit.fluxcd.io], " +
            "resources [kustomizations], verbs [get, list, watch]",
            state.Message);
        Assert.Single(harness.Warnings(eventId: 5));
    }
}
