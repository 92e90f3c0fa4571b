using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Volumes;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Volumes
{
    private static readonly IReadOnlyCollection<ResourceKind> Kinds =
        [ResourceKind.LonghornVolume, ResourceKind.LonghornBackup, ResourceKind.LonghornReplica, ResourceKind.LonghornRecurringJob];

    private IReadOnlyList<VolumeRow> _rows = [];
    private Freshness _freshness = null!;

    [SupplyParameterFromQuery(Name = "focus")]
    public string? Focus { get; set; }

    protected override void OnSnapshot(ClusterSnapshot snapshot)
    {
        // Replica health and the backup job's schedule come from other Longhorn objects, as in the problem rules.
        _rows = VolumeListModel.Rows(VolumeEnrichment.Enrich(snapshot), snapshot.Backups, Now);
        _freshness = Freshness.For(snapshot, Kinds, Now);
    }
}
