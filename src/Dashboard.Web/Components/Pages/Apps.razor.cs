using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Apps;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Apps
{
    private static readonly IReadOnlyCollection<ResourceKind> Kinds =
        [ResourceKind.ArgoApplication, ResourceKind.ArgoApplicationSet, ResourceKind.FluxKustomization, ResourceKind.FluxHelmRelease];

    private AppQuery _query = new();
    private AppListView _view = AppListView.Empty;
    private Freshness _freshness = null!;
    private bool _parametersApplied;

    [Inject]
    private AppListViewCache Views { get; set; } = null!;

    /// <summary>Deep links from the Overview: apps?state=OutOfSync.</summary>
    [SupplyParameterFromQuery(Name = "state")]
    public string? StateParameter { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? SearchParameter { get; set; }

    protected override void OnParametersSet()
    {
        var state = Enum.TryParse<AppStateFilter>(StateParameter, ignoreCase: true, out var parsed) ? parsed : AppStateFilter.All;
        _query = _query with { State = state, Search = SearchParameter };
        _parametersApplied = true;
        Refresh();
    }

    protected override void OnSnapshot(ClusterSnapshot snapshot)
    {
        _freshness = Freshness.For(snapshot, Kinds, Now);

        // The first snapshot arrives in OnInitialized, before the URL's query is applied; OnParametersSet refreshes then.
        if (_parametersApplied)
        {
            Refresh();
        }
    }

    /// <summary>A cache hit when another circuit (or this page's prerender) already showed this query of this snapshot.</summary>
    private void Refresh() => _view = Views.Get(Snapshot, _query);

    private void OnSearch(string? text) => Update(_query with { Search = text });

    private void OnController(string value) =>
        Update(_query with { Controller = Enum.TryParse<Controller>(value, out var c) ? c : null });

    private void OnNamespace(string value) => Update(_query with { Namespace = string.IsNullOrEmpty(value) ? null : value });

    private void OnState(AppStateFilter state) => Update(_query with { State = state });

    private void SortBy(AppSortColumn column) =>
        Update(_query with { SortBy = column, Descending = _query.SortBy == column && !_query.Descending });

    private void Update(AppQuery query)
    {
        _query = query;
        Refresh();
    }

    private static string KindLabel(ResourceKind kind) => kind switch
    {
        ResourceKind.ArgoApplication => "Application",
        ResourceKind.ArgoApplicationSet => "ApplicationSet",
        ResourceKind.FluxKustomization => "Kustomization",
        ResourceKind.FluxHelmRelease => "HelmRelease",
        _ => kind.ToString(),
    };
}
