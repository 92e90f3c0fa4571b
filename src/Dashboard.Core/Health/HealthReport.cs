using Dashboard.Core.Streaming;

namespace Dashboard.Core.Health;

/// <summary>The answer to "is everything fine?" for one snapshot.</summary>
/// <param name="Problems">Worst first, then by name.</param>
/// <param name="StaleWatches">Watches that are not Watching (and not merely "not installed"): their kinds' data may be old or incomplete.</param>
public sealed record HealthReport(
    IReadOnlyList<Problem> Problems,
    OverviewCounts Counts,
    IReadOnlyList<KindWatchState> StaleWatches,
    DateTimeOffset EvaluatedAt)
{
    public bool DataMayBeStale => StaleWatches.Count > 0;

    /// <summary>Only true when nothing is wrong and every watch is live: never "all green" on stale data.</summary>
    public bool AllGreen => Problems.Count == 0 && !DataMayBeStale;

    public int CriticalCount => Problems.Count(p => p.Severity == ProblemSeverity.Critical);
    public int WarningCount => Problems.Count(p => p.Severity == ProblemSeverity.Warning);
}
