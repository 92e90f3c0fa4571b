namespace Dashboard.Core.Cluster;

/// <summary>One deployment recorded by the controller (Argo status.history, Flux HelmRelease status.history).</summary>
public sealed record SyncHistoryEntry(
    long Id,
    string Revision,
    DateTimeOffset? StartedAt,
    DateTimeOffset? DeployedAt,
    string? Status = null,
    string? ChartVersion = null);
