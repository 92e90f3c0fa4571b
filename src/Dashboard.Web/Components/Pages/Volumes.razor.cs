using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Volumes;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Volumes
{
    private static readonly IReadOnlyCollection<ResourceKind> Kinds = [ResourceKind.LonghornVolume, ResourceKind.LonghornBackup];

    private IReadOnlyList<VolumeRow> _rows = [];
    private Freshness _freshness = null!;

    [SupplyParameterFromQuery(Name = "focus")]
    public string? Focus { get; set; }

    protected override void OnSnapshot(ClusterSnapshot snapshot)
    {
        _rows = VolumeListModel.Rows(snapshot.Volumes, snapshot.Backups, Now);
        _freshness = Freshness.For(snapshot, Kinds, Now);
    }
}
