using Dashboard.Core.Cluster;
using Dashboard.Testing;
using Dashboard.Web.Model.Apps;

namespace Dashboard.Web.Tests.Model.Apps;

public sealed class AppListViewBuilderTests
{
    public static TheoryData<AppQuery> Queries()
    {
        var data = new TheoryData<AppQuery>();
        foreach (var state in Enum.GetValues<AppStateFilter>())
        {
            data.Add(new AppQuery { State = state });
        }

        foreach (var sort in Enum.GetValues<AppSortColumn>())
        {
            data.Add(new AppQuery { SortBy = sort });
            data.Add(new AppQuery { SortBy = sort, Descending = true, State = AppStateFilter.Problems });
        }

        data.Add(new AppQuery { Search = "app-01" });
        data.Add(new AppQuery { Search = "  repo-2   FAILED " });
        data.Add(new AppQuery { Search = "deadbeef app-00", State = AppStateFilter.Healthy });
        data.Add(new AppQuery { Search = "no-such-app" });
        data.Add(new AppQuery { Controller = Controller.Flux, Namespace = "media" });
        data.Add(new AppQuery { Controller = Controller.ArgoCD, Cluster = "lab", State = AppStateFilter.OutOfSync, SortBy = AppSortColumn.LastSync });
        data.Add(new AppQuery { Namespace = "", Cluster = "", Search = "" });
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Build_AnyQuery_SameRowsCountsAndNamespacesAsTheFormerPerChipPasses(AppQuery query)
    {
        var apps = AppListSamples.Apps(400);
        var expected = AppListSamples.Former(apps, query);
        var normalized = AppListViewBuilder.Normalize(query);

        var view = AppListViewBuilder.Build(SortedApps.Create(7, apps, normalized.SortBy, normalized.Descending), normalized);

        Assert.Equal(expected.Rows.Select(a => a.Key), view.Rows.Select(a => a.Key));
        Assert.Equal(expected.Namespaces, view.Namespaces);
        Assert.All(Enum.GetValues<AppStateFilter>(), s => Assert.Equal(expected.Counts[s], view.CountFor(s)));
        Assert.Equal(400, view.Total);
        Assert.Equal(7, view.Version);
    }

    [Fact]
    public void Build_KnownApps_CountsEveryStateChip()
    {
        AppStatus[] apps =
        [
            Build.App("podinfo"),
            Build.App("nextcloud", SyncState.OutOfSync, HealthState.Degraded),
            Build.App("grafana", SyncState.OutOfSync),
            Build.App("infra", health: HealthState.Progressing, ns: "flux-system", controller: Controller.Flux),
            Build.App("gone", health: HealthState.Missing),
        ];

        var view = AppListViewBuilder.Build(SortedApps.Create(1, apps, AppSortColumn.Status, false), new AppQuery());

        Assert.Equal([5, 3, 2, 2, 1, 0, 1], Enum.GetValues<AppStateFilter>().Select(view.CountFor));
        Assert.Equal(["nextcloud", "gone", "grafana", "infra", "podinfo"], view.Rows.Select(a => a.Key.Name));
        Assert.Equal(["argocd", "flux-system"], view.Namespaces);
    }

    [Fact]
    public void Normalize_BlankOrExtraSpaces_OneSpellingPerMeaning()
    {
        Assert.Equal(new AppQuery(), AppListViewBuilder.Normalize(new AppQuery { Search = "   ", Namespace = "", Cluster = "" }));
        Assert.Equal(new AppQuery { Search = "a b" }, AppListViewBuilder.Normalize(new AppQuery { Search = "  a   b " }));
    }

    [Fact]
    public void Build_AppsSortedOtherwiseThanTheQuery_ThrowsNamingBothOrders()
    {
        var sorted = SortedApps.Create(1, AppListSamples.Apps(3), AppSortColumn.Name, false);

        var error = Assert.Throws<ArgumentException>(() => AppListViewBuilder.Build(sorted, new AppQuery()));

        Assert.Contains("Name", error.Message, StringComparison.Ordinal);
        Assert.Contains("Status", error.Message, StringComparison.Ordinal);
    }
}
