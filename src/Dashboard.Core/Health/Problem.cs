using Dashboard.Core.Cluster;

namespace Dashboard.Core.Health;

/// <summary>One thing that is not fine, for the Overview's list.</summary>
/// <param name="Key">The item at fault; null for problems with a whole kind's watch (stale data).</param>
/// <param name="Title">Short, fixed wording ("OutOfSync", "Certificate expired") so pages can group by it.</param>
/// <param name="Detail">The controller's message or the numbers behind the title.</param>
public sealed record Problem(
    ProblemSeverity Severity,
    string Cluster,
    ResourceKind Kind,
    ResourceKey? Key,
    string Title,
    string? Detail)
{
    public static Problem For(ProblemSeverity severity, ResourceKey key, string title, string? detail) =>
        new(severity, key.Cluster, key.Kind, key, title, detail);
}
