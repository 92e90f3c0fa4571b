using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Certificates;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Certificates
{
    private static readonly IReadOnlyCollection<ResourceKind> Kinds = [ResourceKind.Certificate, ResourceKind.TlsSecret];

    private IReadOnlyList<CertificateStatus> _all = [];
    private ClusterSnapshot _snapshot = ClusterSnapshot.Empty;
    private TerminatingNamespaces _terminating = TerminatingNamespaces.Empty;
    private IReadOnlyList<CertificateRow> _rows = [];
    private Freshness _freshness = null!;
    private string? _search;

    /// <summary>"namespace/name" of the certificate an Overview problem linked to.</summary>
    [SupplyParameterFromQuery(Name = "focus")]
    public string? Focus { get; set; }

    protected override void OnSnapshot(ClusterSnapshot snapshot)
    {
        _snapshot = snapshot;
        _terminating = TerminatingNamespaces.From(snapshot);
        _all = snapshot.Certificates.Concat(TlsSecretCheck.PlainCertificates(snapshot)).ToList();
        _freshness = Freshness.For(snapshot, Kinds, Now);
        Refresh();
    }

    private void Refresh() => _rows = CertificateListModel.Rows(_all, SecretOf, Now, _search);

    /// <summary>A plain TLS secret row is keyed by the secret itself; a Certificate names its secret.</summary>
    private TlsSecretStatus? SecretOf(CertificateStatus certificate) => certificate.Key.Kind == ResourceKind.TlsSecret
        ? _snapshot.Items.GetValueOrDefault(certificate.Key) as TlsSecretStatus
        : TlsSecretCheck.SecretOf(_snapshot, certificate);

    private bool IsFocused(CertificateStatus certificate) =>
        Focus is not null && string.Equals(Focus, $"{certificate.Key.Namespace}/{certificate.Key.Name}", StringComparison.Ordinal);
}
