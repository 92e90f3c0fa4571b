using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model;

/// <summary>What the Overview shows for one snapshot: the verdict, the tiles and the problems with links.</summary>
public sealed record OverviewModel(HealthReport Report, Freshness Freshness)
{
    public IReadOnlyList<ProblemGroup> Problems { get; } = ProblemGroup.From(Report.Problems);

    public static readonly IReadOnlyCollection<ResourceKind> Kinds = Enum.GetValues<ResourceKind>();

    public static OverviewModel From(ClusterSnapshot snapshot, ProblemFinder finder, DateTimeOffset now) =>
        new(finder.Evaluate(snapshot), Freshness.For(snapshot, Kinds, now));

    /// <summary>The one-line answer to "is everything fine?". Never "all green" while data may be stale.</summary>
    public string Verdict => Report switch
    {
        { AllGreen: true } => "All green",
        { CriticalCount: > 0 } r => $"{r.CriticalCount} critical, {r.WarningCount} warning",
        { WarningCount: > 0 } r => $"{r.WarningCount} warning{(r.WarningCount == 1 ? "" : "s")}",
        _ => "No problems found, but some data may be out of date",
    };

    public string VerdictTone => Report switch
    {
        { AllGreen: true } => "success",
        { CriticalCount: > 0 } => "error",
        _ => "warning",
    };

    public int AppsHealthy => Report.Counts.AppsByHealth[HealthState.Healthy];
    public int AppsOutOfSync => Report.Counts.AppsBySync[SyncState.OutOfSync];
    public int AppsDegraded => Report.Counts.AppsByHealth[HealthState.Degraded] + Report.Counts.AppsByHealth[HealthState.Missing];
    public int CertificatesSoon => Report.Counts.CertificatesByUrgency[CertificateUrgency.Critical] + Report.Counts.CertificatesByUrgency[CertificateUrgency.Warning];
    public int CertificatesExpired => Report.Counts.CertificatesByUrgency[CertificateUrgency.Expired];
    public int VolumesUnhealthy => Report.Counts.VolumesByRobustness.Where(kv => kv.Key != "healthy").Sum(kv => kv.Value);
}
