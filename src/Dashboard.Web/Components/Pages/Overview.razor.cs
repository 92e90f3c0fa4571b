using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Overview
{
    private OverviewModel _model = null!;

    [Inject]
    private ProblemFinder Finder { get; set; } = null!;

    protected override void OnSnapshot(ClusterSnapshot snapshot) => _model = OverviewModel.From(snapshot, Finder, Now);
}
