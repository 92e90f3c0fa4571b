using System.Collections.Immutable;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Tests.Model.Status;

/// <summary>Snapshots for the status page tests, on the fixtures' clock (2026-11-23T12:00:00Z).</summary>
internal static class StatusSnapshots
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static ClusterSnapshot Of(params IClusterItem[] items) => Of(WatchPhase.Watching, items);

    public static ClusterSnapshot Of(WatchPhase phase, params IClusterItem[] items) => new(
        1,
        items.ToImmutableDictionary(i => i.Key),
        Enum.GetValues<ResourceKind>().ToImmutableDictionary(
            k => ("home", k),
            k => new KindWatchState("home", k, phase, phase == WatchPhase.Watching ? null : "connection refused", Now.AddMinutes(-5))));

    public static AppStatus App(string name, HealthState health, SyncState sync = SyncState.Synced) => new()
    {
        Key = new ResourceKey("home", ResourceKind.ArgoApplication, "argocd", name),
        Controller = Controller.ArgoCD,
        Sync = sync,
        Health = health,
    };

    public static CertificateStatus Certificate(string name, TimeSpan left) => new()
    {
        Key = new ResourceKey("home", ResourceKind.Certificate, "web", name),
        DnsNames = [name + ".example.com"],
        NotAfter = Now + left,
        RenewalTime = Now + left + TimeSpan.FromDays(1),
        Ready = true,
    };

    public static VolumeStatus Volume(string name, string robustness) => new()
    {
        Key = new ResourceKey("home", ResourceKind.LonghornVolume, "longhorn-system", name),
        State = "attached",
        Robustness = robustness,
        WantedReplicas = 3,
        HealthyReplicas = robustness == "healthy" ? 3 : 1,
        LastBackupAt = Now.AddHours(-2),
    };
}
