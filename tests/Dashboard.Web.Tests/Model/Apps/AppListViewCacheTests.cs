using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Testing;
using Dashboard.Web.Model.Apps;

namespace Dashboard.Web.Tests.Model.Apps;

public sealed class AppListViewCacheTests
{
    [Fact]
    public void Get_SameVersionAndQuery_SharesOneViewWithoutRebuilding()
    {
        var store = AppListSamples.Store(AppListSamples.Apps(200));
        var cache = new AppListViewCache();

        var prerender = cache.Get(store.Current, new AppQuery { Search = "app-01" });
        var circuit = cache.Get(store.Current, new AppQuery { Search = "  app-01 " });

        Assert.Same(prerender, circuit);
        Assert.Equal(1, cache.ViewsBuilt);
        Assert.Equal(1, cache.SortsDone);
    }

    [Fact]
    public void Get_OnlyFilterOrSearchChanges_FiltersTheSortedListWithoutSortingAgain()
    {
        var apps = AppListSamples.Apps(200);
        var store = AppListSamples.Store(apps);
        var cache = new AppListViewCache();
        Assert.Equal(apps.Count, store.Current.Apps.Count());

        cache.Get(store.Current, new AppQuery());
        var degraded = cache.Get(store.Current, new AppQuery { State = AppStateFilter.Degraded });
        var searched = cache.Get(store.Current, new AppQuery { Search = "repo-1", Controller = Controller.Flux });

        Assert.Equal(1, cache.SortsDone);
        Assert.Equal(3, cache.ViewsBuilt);
        Assert.Equal(AppListSamples.Former(apps, new AppQuery { State = AppStateFilter.Degraded }).Rows.Select(a => a.Key), degraded.Rows.Select(a => a.Key));
        Assert.Equal(AppListSamples.Former(apps, new AppQuery { Search = "repo-1", Controller = Controller.Flux }).Rows.Select(a => a.Key), searched.Rows.Select(a => a.Key));
    }

    [Fact]
    public void Get_NewSnapshotVersion_RecomputesCountsAndDropsTheOlderVersion()
    {
        var store = AppListSamples.Store([Build.App("podinfo"), Build.App("grafana")]);
        var cache = new AppListViewCache();
        var before = cache.Get(store.Current, new AppQuery());
        Assert.Equal(0, before.CountFor(AppStateFilter.Degraded));

        store.Upsert(Build.App("grafana", SyncState.OutOfSync, HealthState.Degraded));
        var after = cache.Get(store.Current, new AppQuery());

        Assert.NotSame(before, after);
        Assert.Equal(1, after.CountFor(AppStateFilter.Degraded));
        Assert.Equal(1, after.CountFor(AppStateFilter.Problems));
        Assert.Equal(["grafana", "podinfo"], after.Rows.Select(a => a.Key.Name));
        Assert.Equal(store.Current.AppsVersion, after.Version);
        Assert.Equal(1, cache.ViewCount);
        Assert.Equal(1, cache.SortCount);
    }

    [Fact]
    public void Get_OnlyACertificateOrWatchChanged_KeepsTheSameViewWithoutSortingAgain()
    {
        var store = AppListSamples.Store([Build.App("podinfo"), Build.App("grafana", SyncState.OutOfSync)]);
        var cache = new AppListViewCache();
        var before = cache.Get(store.Current, new AppQuery());

        store.Upsert(Build.Certificate("wildcard", TimeSpan.FromDays(30)));
        store.SetWatchState(new KindWatchState(Build.Cluster, ResourceKind.Certificate, WatchPhase.Reconnecting, "connection refused", Build.Now, 1));
        var after = cache.Get(store.Current, new AppQuery());

        Assert.Same(before, after);
        Assert.Equal(1, cache.SortsDone);
    }

    [Fact]
    public void Get_OlderSnapshotAfterANewerOne_AnswersCorrectlyButKeepsOnlyTheNewest()
    {
        var store = AppListSamples.Store([Build.App("podinfo")]);
        var old = store.Current;
        store.Upsert(Build.App("grafana"));
        var cache = new AppListViewCache();
        cache.Get(store.Current, new AppQuery());

        var late = cache.Get(old, new AppQuery());

        Assert.Equal(1, late.Total);
        Assert.Equal(1, cache.ViewCount);
        Assert.Equal(store.Current.AppsVersion, cache.Get(store.Current, new AppQuery()).Version);
        Assert.Equal(2, cache.ViewsBuilt);
    }

    [Fact]
    public void Get_MoreQueriesThanTheBound_EvictsTheLeastRecentlyUsed()
    {
        var store = AppListSamples.Store(AppListSamples.Apps(50));
        var cache = new AppListViewCache(maxViews: 3, maxSorts: 2);
        var kept = cache.Get(store.Current, new AppQuery());

        for (var i = 0; i < 10; i++)
        {
            cache.Get(store.Current, new AppQuery { Search = $"app-0{i}" });
            cache.Get(store.Current, new AppQuery()); // keeps the default query the most recently used
        }

        foreach (var sort in Enum.GetValues<AppSortColumn>())
        {
            cache.Get(store.Current, new AppQuery { SortBy = sort });
        }

        Assert.Equal(3, cache.ViewCount);
        Assert.Equal(2, cache.SortCount);
        Assert.Equal(11 + Enum.GetValues<AppSortColumn>().Length - 1, cache.ViewsBuilt);
        Assert.Equal(Enum.GetValues<AppSortColumn>().Length, cache.SortsDone);
        Assert.Equal(kept.Rows.Select(a => a.Key), cache.Get(store.Current, new AppQuery()).Rows.Select(a => a.Key));
    }

    [Fact]
    public async Task Get_ManyCircuitsAtOnce_AllSeeTheSameCounts()
    {
        var apps = AppListSamples.Apps(500);
        var store = AppListSamples.Store(apps);
        var cache = new AppListViewCache();
        var expected = AppListSamples.Former(apps, new AppQuery { State = AppStateFilter.Problems });

        var views = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            Task.Run(() => cache.Get(store.Current, new AppQuery { State = AppStateFilter.Problems }), TestContext.Current.CancellationToken)));

        Assert.All(views, v => Assert.Equal(expected.Rows.Select(a => a.Key), v.Rows.Select(a => a.Key)));
        Assert.All(views, v => Assert.Equal(expected.Counts[AppStateFilter.Healthy], v.CountFor(AppStateFilter.Healthy)));
        Assert.Equal(1, cache.ViewCount);
    }

    [Fact]
    public void Constructor_ZeroBound_ThrowsNamingTheParameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AppListViewCache(maxViews: 0));

        Assert.Equal("maxViews", error.ParamName);
    }
}
