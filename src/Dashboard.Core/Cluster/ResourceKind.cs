namespace Dashboard.Core.Cluster;

/// <summary>The kinds the dashboard watches. One watcher per kind per cluster.</summary>
public enum ResourceKind
{
    ArgoApplication,
    ArgoApplicationSet,
    FluxKustomization,
    FluxHelmRelease,
    FluxGitRepository,
    Certificate,
    LonghornVolume,
    LonghornBackup,

    /// <summary>Kubernetes Events about the objects above (not every Event of the cluster).</summary>
    Event,
}
