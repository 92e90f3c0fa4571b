using System.Collections.Immutable;
using Dashboard.Core.Cluster;

namespace Dashboard.Core.Streaming;

/// <summary>An immutable view of everything the store holds at one version.</summary>
public sealed record ClusterSnapshot(
    long Version,
    ImmutableDictionary<ResourceKey, IClusterItem> Items,
    ImmutableDictionary<(string Cluster, ResourceKind Kind), KindWatchState> Watches)
{
    public static ClusterSnapshot Empty { get; } = new(0, ImmutableDictionary<ResourceKey, IClusterItem>.Empty,
        ImmutableDictionary<(string, ResourceKind), KindWatchState>.Empty);

    /// <summary>
    /// The <see cref="Version"/> of the last change to an app (an <see cref="AppStatus"/> upserted or deleted): what is
    /// derived from the apps alone (the Apps page's sorted list) stays valid across certificate, event or watch changes.
    /// </summary>
    public long AppsVersion { get; init; }

    public IEnumerable<AppStatus> Apps => Items.Values.OfType<AppStatus>();
    public IEnumerable<CertificateStatus> Certificates => Items.Values.OfType<CertificateStatus>();
    public IEnumerable<VolumeStatus> Volumes => Items.Values.OfType<VolumeStatus>();
    public IEnumerable<GitSourceStatus> Sources => Items.Values.OfType<GitSourceStatus>();
    public IEnumerable<BackupStatus> Backups => Items.Values.OfType<BackupStatus>();
    public IEnumerable<ClusterEvent> Events => Items.Values.OfType<ClusterEvent>();
    public IEnumerable<ReplicaStatus> Replicas => Items.Values.OfType<ReplicaStatus>();
    public IEnumerable<RecurringJobStatus> RecurringJobs => Items.Values.OfType<RecurringJobStatus>();
    public IEnumerable<NamespaceStatus> Namespaces => Items.Values.OfType<NamespaceStatus>();
    public IEnumerable<IngressTls> Ingresses => Items.Values.OfType<IngressTls>();
    public IEnumerable<TlsSecretStatus> TlsSecrets => Items.Values.OfType<TlsSecretStatus>();
}
