namespace Dashboard.Core.Actions;

/// <summary>What is written before the commit: who asked for what, on which app and branch.</summary>
/// <param name="Target">The app's <see cref="Cluster.ResourceKey"/> as text (cluster/Kind/namespace/name).</param>
public sealed record AuditIntent(
    DateTimeOffset RequestedAt,
    string User,
    string Action,
    string Target,
    string? Repository,
    string? Branch,
    string? FromRevision,
    string? ToRevision);
