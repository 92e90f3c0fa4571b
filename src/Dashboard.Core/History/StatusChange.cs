using Dashboard.Core.Cluster;

namespace Dashboard.Core.History;

/// <summary>One status field of one object that moved from one value to another.</summary>
/// <param name="Field">health, sync, revision, ready, renewal, robustness or backup.</param>
public sealed record StatusChange(ResourceKey Key, string Field, string? From, string? To, string? Detail = null);
