namespace Dashboard.Core.Cluster;

/// <summary>A Flux GitRepository: the repository and branch Flux fetches, and the revision it has.</summary>
public sealed record GitSourceStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }
    public required string Url { get; init; }
    public string? Branch { get; init; }
    public string? Tag { get; init; }
    public string? Commit { get; init; }

    /// <summary>The SHA of the artifact Flux fetched last.</summary>
    public string? Revision { get; init; }

    public bool? Ready { get; init; }
    public string? Message { get; init; }
    public DateTimeOffset? FetchedAt { get; init; }
    public bool Suspended { get; init; }
    public IReadOnlyList<Condition> Conditions { get; init; } = [];
    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
