using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Metrics;

/// <summary>Everything one scrape reports, gathered first so the rendering is a pure function.</summary>
public sealed record MetricsInput(
    ClusterSnapshot Snapshot,
    DateTimeOffset Now,
    string Version,
    IReadOnlyList<(string Cluster, ResourceKind Kind, long Count)> Reconnects,
    IReadOnlyList<(string Action, string Outcome, long Count)> Actions);
