namespace Dashboard.Core.Cluster;

/// <summary>A v1 Namespace: whether it exists and whether it is being deleted.</summary>
public sealed record NamespaceStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }

    /// <summary>status.phase: Active, Terminating, or "unknown".</summary>
    public string Phase { get; init; } = "unknown";

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public bool IsTerminating => string.Equals(Phase, "Terminating", StringComparison.Ordinal);

    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
