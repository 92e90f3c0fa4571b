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
    private IReadOnlyList<AppStatus> _all = [];
    private List<AppStatus> _rows = [];
    private IReadOnlyList<string> _namespaces = [];
    private Dictionary<AppStateFilter, int> _stateCounts = [];
    private Freshness _freshness = null!;
    private int _total;

    /// <summary>Deep links from the Overview: apps?state=OutOfSync.</summary>
    [SupplyParameterFromQuery(Name = "state")]
    public string? StateParameter { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? SearchParameter { get; set; }

    protected override void OnParametersSet()
    {
        var state = Enum.TryParse<AppStateFilter>(StateParameter, ignoreCase: true, out var parsed) ? parsed : AppStateFilter.All;
        _query = _query with { State = state, Search = SearchParameter };
        Refresh();
    }

    protected override void OnSnapshot(ClusterSnapshot snapshot)
    {
        _all = snapshot.Apps.ToList();
        _freshness = Freshness.For(snapshot, Kinds, Now);
        Refresh();
    }

    private void Refresh()
    {
        _total = _all.Count;
        _rows = AppListModel.Apply(_all, _query);
        _namespaces = _all.Select(a => a.Key.Namespace).Distinct().Order(StringComparer.Ordinal).ToList();
        var withoutState = _query with { State = AppStateFilter.All };
        var candidates = _all.Where(a => AppListModel.Matches(a, withoutState)).ToList();
        // One query per state, not one per (state, app): this runs for every page on every batch.
        _stateCounts = Enum.GetValues<AppStateFilter>()
            .Select(s => withoutState with { State = s })
            .ToDictionary(q => q.State, q => candidates.Count(a => AppListModel.Matches(a, q)));
    }

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
