using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class AppDetail
{
    private AppStatus? _app;
    private IReadOnlyList<ClusterEvent> _events = [];
    private Freshness _freshness = null!;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Parameter]
    public string Cluster { get; set; } = "";

    [Parameter]
    public string KindSegment { get; set; } = "";

    [Parameter]
    public string Namespace { get; set; } = "";

    [Parameter]
    public string Name { get; set; } = "";

    protected override void OnParametersSet()
    {
        _breadcrumbs = [new BreadcrumbItem("Apps", "apps"), new BreadcrumbItem(Name, href: null, disabled: true)];
        OnSnapshot(Snapshot);
    }

    protected override void OnSnapshot(ClusterSnapshot snapshot)
    {
        var kind = DetailLinks.KindFromSegment(KindSegment);
        _app = kind is { } k && snapshot.Items.TryGetValue(new ResourceKey(Cluster, k, Namespace, Name), out var item) ? item as AppStatus : null;
        _freshness = Freshness.For(snapshot, kind is { } watched ? [watched] : [], Now);
        _events = _app is null ? [] : AppEvents.For(_app, snapshot.Events);
    }
}
