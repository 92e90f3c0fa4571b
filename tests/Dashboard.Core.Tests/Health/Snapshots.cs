using System.Collections.Immutable;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Tests.Health;

/// <summary>Builds snapshots and records for the rule tests; the clock is pinned to the fixtures' reference time.</summary>
internal static class Snapshots
{
    public const string Cluster = "homelab";
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-23T12:00:00Z");

    public static ResourceKey Key(ResourceKind kind, string name, string ns = "default") => new(Cluster, kind, ns, name);

    public static ClusterSnapshot Of(params IClusterItem[] items) => With(items, []);

    public static ClusterSnapshot With(IEnumerable<IClusterItem> items, IEnumerable<KindWatchState> watches) => new(
        1,
        items.ToImmutableDictionary(i => i.Key),
        watches.ToImmutableDictionary(w => (w.Cluster, w.Kind)));

    public static AppStatus App(string name, HealthState health = HealthState.Healthy, SyncState sync = SyncState.Synced,
        Controller controller = Controller.ArgoCD, ResourceKind kind = ResourceKind.ArgoApplication) => new()
    {
        Key = Key(kind, name, "argocd"),
        Controller = controller,
        Health = health,
        Sync = sync,
    };

    public static CertificateStatus Certificate(string name, TimeSpan? left, bool? ready = true) => new()
    {
        Key = Key(ResourceKind.Certificate, name),
        NotAfter = left is { } l ? Now + l : null,
        NotBefore = Now - TimeSpan.FromDays(60),
        // Still valid: renewal halfway to expiry (not yet due). Expired: renewal long past.
        RenewalTime = left is { } r ? (r > TimeSpan.Zero ? Now + (r / 2) : Now + r - TimeSpan.FromDays(30)) : null,
        Ready = ready,
    };

    public static VolumeStatus Volume(string name, string robustness = "healthy", DateTimeOffset? lastBackupAt = null,
        TimeSpan? interval = null) => new()
    {
        Key = Key(ResourceKind.LonghornVolume, name, "longhorn-system"),
        State = "attached",
        Robustness = robustness,
        LastBackupAt = lastBackupAt,
        BackupInterval = interval,
    };

    public static BackupStatus Backup(string name, string volume, string state, DateTimeOffset createdAt, string? error = null) => new()
    {
        Key = Key(ResourceKind.LonghornBackup, name, "longhorn-system"),
        VolumeName = volume,
        State = state,
        CreatedAt = createdAt,
        Error = error,
    };
}
