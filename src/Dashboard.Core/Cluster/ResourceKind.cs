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

    /// <summary>Longhorn Replica: where each copy of a volume lives and whether it is healthy.</summary>
    LonghornReplica,

    /// <summary>Longhorn RecurringJob: the snapshot/backup schedules that volumes join by label.</summary>
    LonghornRecurringJob,

    /// <summary>Kubernetes Events about the objects above (not every Event of the cluster).</summary>
    Event,

    /// <summary>Core v1 Namespaces (cluster-scoped): which exist and which are Terminating.</summary>
    Namespace,

    /// <summary>networking.k8s.io/v1 Ingresses, only for the TLS secrets they name (watched when TLS secrets are read).</summary>
    Ingress,

    /// <summary>A TLS Secret fetched by name (never listed or watched); holds facts from its certificate, never its bytes.</summary>
    TlsSecret,
}
