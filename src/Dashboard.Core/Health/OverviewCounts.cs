using Dashboard.Core.Cluster;

namespace Dashboard.Core.Health;

/// <summary>Tallies for the Overview tiles. Every enum value is present (0 when none), so pages need no lookups that fail.</summary>
public sealed record OverviewCounts(
    IReadOnlyDictionary<HealthState, int> AppsByHealth,
    IReadOnlyDictionary<SyncState, int> AppsBySync,
    IReadOnlyDictionary<CertificateUrgency, int> CertificatesByUrgency,
    IReadOnlyDictionary<string, int> VolumesByRobustness)
{
    public int Apps => AppsByHealth.Values.Sum();
    public int Certificates => CertificatesByUrgency.Values.Sum();
    public int Volumes => VolumesByRobustness.Values.Sum();
}
