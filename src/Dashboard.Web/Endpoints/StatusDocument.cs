using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Endpoints;

/// <summary>The body of GET /api/status: the current snapshot for scripts, widgets and the phone page.</summary>
public sealed record StatusDocument(
    DateTimeOffset GeneratedAt,
    bool AllGreen,
    bool DataMayBeStale,
    IReadOnlyList<ClusterConnectionInfo> Clusters,
    IReadOnlyList<KindWatchState> Watches,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<AppStatus> Apps,
    IReadOnlyList<CertificateStatus> Certificates,
    IReadOnlyList<VolumeStatus> Volumes,
    IReadOnlyList<BackupStatus> Backups,
    IReadOnlyList<GitSourceStatus> Sources,
    IReadOnlyList<TlsSecretStatus> TlsSecrets)
{
    public static StatusDocument From(ClusterSnapshot snapshot, HealthReport report, IReadOnlyList<ClusterConnectionInfo> clusters) => new(
        report.EvaluatedAt,
        report.AllGreen,
        report.DataMayBeStale,
        clusters,
        [.. snapshot.Watches.Values.OrderBy(w => w.Cluster, StringComparer.Ordinal).ThenBy(w => w.Kind)],
        report.Problems,
        Sorted(snapshot.Apps),
        Sorted(snapshot.Certificates.Concat(TlsSecretCheck.PlainCertificates(snapshot))),
        Sorted(VolumeEnrichment.Enrich(snapshot)),
        Sorted(snapshot.Backups),
        Sorted(snapshot.Sources),
        Sorted(snapshot.TlsSecrets));

    private static List<T> Sorted<T>(IEnumerable<T> items) where T : IClusterItem =>
        [.. items.OrderBy(i => i.Key.Cluster, StringComparer.Ordinal).ThenBy(i => i.Key.Kind)
            .ThenBy(i => i.Key.Namespace, StringComparer.Ordinal).ThenBy(i => i.Key.Name, StringComparer.Ordinal)];
}
