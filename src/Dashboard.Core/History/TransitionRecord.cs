using Dashboard.Core.Cluster;

namespace Dashboard.Core.History;

/// <summary>One recorded status transition as read back from the history.</summary>
public sealed record TransitionRecord(long Id, DateTimeOffset At, ResourceKey Key, string Field, string? From, string? To, string? Detail);
