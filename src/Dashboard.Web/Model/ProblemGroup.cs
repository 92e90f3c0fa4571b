using Dashboard.Core.Cluster;
using Dashboard.Core.Health;

namespace Dashboard.Web.Model;

/// <summary>All problems of one item on one line ("Degraded · Sync failed · OutOfSync"), worst first.</summary>
public sealed record ProblemGroup(ProblemSeverity Severity, string Cluster, ResourceKind Kind, ResourceKey? Key, string Title, IReadOnlyList<string> Details)
{
    public static IReadOnlyList<ProblemGroup> From(IReadOnlyList<Problem> problems) =>
        problems
            .GroupBy(p => p.Key is null ? (object)(p.Cluster, p.Kind, p.Title) : p.Key)
            .Select(g => new ProblemGroup(
                g.Min(p => p.Severity), // Critical sorts before Warning
                g.First().Cluster,
                g.First().Kind,
                g.First().Key,
                string.Join(" · ", g.Select(p => p.Title).Distinct()),
                [.. g.Select(p => p.Detail).OfType<string>().Where(d => d.Length > 0).Distinct()]))
            .ToList();
}
