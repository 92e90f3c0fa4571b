using Dashboard.Core.Cluster;
using Dashboard.Web.Model.Apps;

namespace Dashboard.Web.Tests.Model;

public sealed class AppListModelTests
{
    private static readonly AppStatus[] Apps =
    [
        App("podinfo", "flux-system", Controller.Flux, SyncState.Synced, HealthState.Healthy, repo: "https://github.com/stefanprodan/podinfo"),
        App("nextcloud", "argocd", Controller.ArgoCD, SyncState.OutOfSync, HealthState.Degraded, message: "one or more objects failed to apply"),
        App("grafana", "argocd", Controller.ArgoCD, SyncState.OutOfSync, HealthState.Healthy),
        App("infrastructure", "flux-system", Controller.Flux, SyncState.Synced, HealthState.Progressing),
        App("home-assistant", "argocd", Controller.ArgoCD, SyncState.Synced, HealthState.Healthy, revision: "4f2c1a9e"),
        App("paused", "flux-system", Controller.Flux, SyncState.Synced, HealthState.Suspended, suspended: true),
    ];

    [Fact]
    public void Apply_DefaultQuery_SortsWorstFirstThenByName()
    {
        var names = AppListModel.Apply(Apps, new AppQuery()).Select(a => a.Key.Name);

        Assert.Equal(["nextcloud", "grafana", "infrastructure", "paused", "home-assistant", "podinfo"], names);
    }

    [Theory]
    [InlineData(AppStateFilter.Problems, new[] { "nextcloud", "grafana" })]
    [InlineData(AppStateFilter.OutOfSync, new[] { "nextcloud", "grafana" })]
    [InlineData(AppStateFilter.Degraded, new[] { "nextcloud" })]
    [InlineData(AppStateFilter.Progressing, new[] { "infrastructure" })]
    [InlineData(AppStateFilter.Suspended, new[] { "paused" })]
    [InlineData(AppStateFilter.Healthy, new[] { "home-assistant", "podinfo" })]
    public void Apply_StateFilter_KeepsOnlyMatchingApps(AppStateFilter state, string[] expected)
    {
        var names = AppListModel.Apply(Apps, new AppQuery { State = state }).Select(a => a.Key.Name);

        Assert.Equal(expected, names);
    }

    [Fact]
    public void Apply_ControllerAndNamespace_Combine()
    {
        var names = AppListModel.Apply(Apps, new AppQuery { Controller = Controller.Flux, Namespace = "flux-system", SortBy = AppSortColumn.Name })
            .Select(a => a.Key.Name);

        Assert.Equal(["infrastructure", "paused", "podinfo"], names);
    }

    [Theory]
    [InlineData("podinfo", new[] { "podinfo" })]
    [InlineData("STEFANPRODAN", new[] { "podinfo" })]
    [InlineData("4f2c", new[] { "home-assistant" })]
    [InlineData("failed apply", new[] { "nextcloud" })]
    [InlineData("argocd graf", new[] { "grafana" })]
    [InlineData("nothing-matches", new string[0])]
    public void Apply_Search_MatchesEveryWordInAnyField(string search, string[] expected)
    {
        var names = AppListModel.Apply(Apps, new AppQuery { Search = search, SortBy = AppSortColumn.Name }).Select(a => a.Key.Name);

        Assert.Equal(expected, names);
    }

    [Fact]
    public void Apply_SortByNameDescending_ReversesOrder()
    {
        var names = AppListModel.Apply(Apps, new AppQuery { SortBy = AppSortColumn.Name, Descending = true }).Select(a => a.Key.Name);

        Assert.Equal(["podinfo", "paused", "nextcloud", "infrastructure", "home-assistant", "grafana"], names);
    }

    private static AppStatus App(string name, string ns, Controller controller, SyncState sync, HealthState health,
        string? repo = null, string? message = null, string? revision = null, bool suspended = false) => new()
    {
        Key = new ResourceKey("home", controller == Controller.Flux ? ResourceKind.FluxKustomization : ResourceKind.ArgoApplication, ns, name),
        Controller = controller,
        Sync = sync,
        Health = health,
        Source = repo is null ? null : new AppSource(repo, "kustomize", "main"),
        Message = message,
        Revision = revision,
        Suspended = suspended,
    };
}
