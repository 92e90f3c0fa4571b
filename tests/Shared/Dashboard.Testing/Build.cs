using Dashboard.Core.Cluster;

namespace Dashboard.Testing;

/// <summary>Small builders for Core records, with defaults that read like a homelab.</summary>
public static class Build
{
    public const string Cluster = "home";

    /// <summary>The fixtures' reference clock.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static AppStatus App(string name, SyncState sync = SyncState.Synced, HealthState health = HealthState.Healthy,
        string ns = "argocd", Controller controller = Controller.ArgoCD, string? revision = "4f2c1a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a",
        string? message = null, string cluster = Cluster) => new()
    {
        Key = new ResourceKey(cluster, controller == Controller.Flux ? ResourceKind.FluxKustomization : ResourceKind.ArgoApplication, ns, name),
        Controller = controller,
        Sync = sync,
        Health = health,
        Revision = revision,
        Message = message,
        AutoSync = true,
        Source = new AppSource("https://github.com/homelab/fleet-infra", $"apps/{name}", "main"),
        LastSyncedAt = Now.AddMinutes(-5),
        LastSyncDuration = TimeSpan.FromSeconds(12),
    };

    public static CertificateStatus Certificate(string name, TimeSpan? left, bool? ready = true, string ns = "default",
        DateTimeOffset? renewal = null, int failedAttempts = 0) => new()
    {
        Key = new ResourceKey(Cluster, ResourceKind.Certificate, ns, name),
        DnsNames = [$"{name}.home.example.com"],
        SecretName = $"{name}-tls",
        Issuer = "ClusterIssuer/letsencrypt",
        NotAfter = left is { } l ? Now + l : null,
        NotBefore = left is { } b ? Now + b - TimeSpan.FromDays(90) : null,
        RenewalTime = renewal ?? (left is { } r ? Now + r - TimeSpan.FromDays(30) : null),
        Ready = ready,
        ReadyReason = ready == true ? "Ready" : "DoesNotExist",
        ReadyMessage = ready == true ? "Certificate is up to date and has not expired" : "Issuing certificate as Secret does not exist",
        FailedIssuanceAttempts = failedAttempts,
    };

    public static VolumeStatus Volume(string name, string robustness = "healthy", string state = "attached",
        DateTimeOffset? lastBackupAt = null) => new()
    {
        Key = new ResourceKey(Cluster, ResourceKind.LonghornVolume, "longhorn-system", name),
        State = state,
        Robustness = robustness,
        SizeBytes = 10L * 1024 * 1024 * 1024,
        ActualSizeBytes = 3L * 1024 * 1024 * 1024,
        WantedReplicas = 3,
        Node = "k8s-node-01",
        PvcNamespace = "default",
        PvcName = $"{name}-data",
        LastBackupAt = lastBackupAt,
    };
}
