namespace Dashboard.Core.Cluster;

/// <summary>A Kubernetes Event about one of the watched objects (an app, a certificate, a volume).</summary>
/// <param name="InvolvedKind">The Kubernetes kind of the object it is about, e.g. "Application".</param>
/// <param name="Type">Normal or Warning.</param>
public sealed record ClusterEvent(
    ResourceKey Key,
    string InvolvedKind,
    string InvolvedNamespace,
    string InvolvedName,
    string Type,
    string? Reason,
    string? Message,
    int Count,
    DateTimeOffset? LastSeen,
    string? Source) : IClusterItem
{
    public IReadOnlyList<string> UnreadableFields { get; init; } = [];

    public bool IsWarning => string.Equals(Type, "Warning", StringComparison.OrdinalIgnoreCase);
}
