using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Hubs;

/// <summary>
/// The hub's <c>changes</c> message: what changed in one batch (at most one per 100 ms), per kind, plus the overall
/// verdict recomputed for the new state. A kind with no change is left out (null).
/// </summary>
public sealed record StatusChanges(
    long Version,
    DateTimeOffset GeneratedAt,
    bool AllGreen,
    bool DataMayBeStale,
    IReadOnlyList<Problem> Problems,
    ItemChanges<AppStatus>? Apps,
    ItemChanges<CertificateStatus>? Certificates,
    ItemChanges<VolumeStatus>? Volumes,
    ItemChanges<BackupStatus>? Backups,
    ItemChanges<GitSourceStatus>? Sources,
    IReadOnlyList<KindWatchState>? Watches);
