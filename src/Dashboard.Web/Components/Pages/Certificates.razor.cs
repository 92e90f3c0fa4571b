using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Certificates;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Certificates
{
    private static readonly IReadOnlyCollection<ResourceKind> Kinds = [ResourceKind.Certificate];

    private IReadOnlyList<CertificateStatus> _all = [];
    private IReadOnlyList<CertificateRow> _rows = [];
    private Freshness _freshness = null!;
    private string? _search;

    /// <summary>"namespace/name" of the certificate an Overview problem linked to.</summary>
    [SupplyParameterFromQuery(Name = "focus")]
    public string? Focus { get; set; }

    protected override void OnSnapshot(ClusterSnapshot snapshot)
    {
        _all = snapshot.Certificates.ToList();
        _freshness = Freshness.For(snapshot, Kinds, Now);
        Refresh();
    }

    private void Refresh() => _rows = CertificateListModel.Rows(_all, Now, _search);

    private bool IsFocused(CertificateStatus certificate) =>
        Focus is not null && string.Equals(Focus, $"{certificate.Key.Namespace}/{certificate.Key.Name}", StringComparison.Ordinal);
}
