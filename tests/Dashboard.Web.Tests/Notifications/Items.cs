using Dashboard.Core.Cluster;

namespace Dashboard.Web.Tests.Notifications;

/// <summary>Cluster records in the states the notification rules care about.</summary>
internal static class Items
{
    private static DateTimeOffset Now => NotificationHarness.Start;

    public static ResourceKey Key(ResourceKind kind, string name, string ns) => new(NotificationHarness.Cluster, kind, ns, name);

    public static AppStatus App(string name, HealthState health = HealthState.Healthy, SyncState sync = SyncState.Synced) => new()
    {
        Key = Key(ResourceKind.ArgoApplication, name, "argocd"),
        Controller = Controller.ArgoCD,
        Health = health,
        Sync = sync,
    };

    public static AppStatus FluxApp(string name, bool failed) => new()
    {
        Key = Key(ResourceKind.FluxKustomization, name, "flux-system"),
        Controller = Controller.Flux,
        Health = failed ? HealthState.Degraded : HealthState.Healthy,
        Sync = SyncState.Synced,
        Conditions = [new Condition("Ready", failed ? "False" : "True", failed ? "BuildFailed" : "ReconciliationSucceeded", "kustomize build failed", null)],
    };

    public static CertificateStatus Certificate(string name, TimeSpan left, bool ready = true, DateTimeOffset? renewal = null) => new()
    {
        Key = Key(ResourceKind.Certificate, name, "default"),
        NotAfter = Now + left,
        NotBefore = Now - TimeSpan.FromDays(60),
        RenewalTime = renewal ?? Now + (left / 2),
        Ready = ready,
    };

    public static VolumeStatus Volume(string name, string robustness = "healthy", DateTimeOffset? lastBackup = null) => new()
    {
        Key = Key(ResourceKind.LonghornVolume, name, "longhorn-system"),
        State = "attached",
        Robustness = robustness,
        LastBackupAt = lastBackup ?? Now,
        BackupInterval = TimeSpan.FromDays(1),
    };
}
