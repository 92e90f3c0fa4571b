using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Core.Tests.Health;

public sealed class VolumeEnrichmentTests
{
    private static readonly VolumeStatus Volume = new()
    {
        Key = Snapshots.Key(ResourceKind.LonghornVolume, "pvc-1", "longhorn-system"),
        Robustness = "healthy",
        WantedReplicas = 3,
        RecurringJobGroups = ["default"],
        LastBackupAt = Snapshots.Now.AddHours(-8),
    };

    [Fact]
    public void Evaluate_BackupJobEvery6h_BackupOf8hIsLateAgainstTheJob()
    {
        var snapshot = Snapshots.Of(Volume, Job("backup-6h", "backup", "0 */6 * * *", "default"), Job("snap", "snapshot", "*/5 * * * *", "default"));

        var report = new ProblemFinder(new FakeTimeProvider(Snapshots.Now)).Evaluate(snapshot);

        var late = Assert.Single(report.Problems, p => p.Title == "Backup older than its schedule");
        Assert.Equal("Last backup 8h ago; expected every 6h (recurring job backup-6h)", late.Detail);
    }

    [Fact]
    public void Evaluate_NoBackupJobApplies_DefaultDayKeepsAn8hBackupOnTime()
    {
        var snapshot = Snapshots.Of(Volume, Job("backup-6h", "backup", "0 */6 * * *", "other-group"));

        var report = new ProblemFinder(new FakeTimeProvider(Snapshots.Now)).Evaluate(snapshot);

        Assert.DoesNotContain(report.Problems, p => p.Title.Contains("backup", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void BackupJob_NamedByLabelAndByGroup_MostFrequentWins()
    {
        var volume = Volume with { RecurringJobs = ["nightly"], RecurringJobGroups = ["media"] };
        RecurringJobStatus[] jobs =
        [
            Job("nightly", "backup", "0 2 * * *"),
            Job("weekly", "backup-force-create", "0 4 * * 0", "media"),
            Job("broken", "backup", "not a cron", "media"),
            Job("twice-daily", "backup", "0 0,12 * * *", "default"),
        ];

        Assert.Equal(("nightly", TimeSpan.FromDays(1)), VolumeEnrichment.BackupJob(volume, jobs));
        Assert.Null(VolumeEnrichment.BackupJob(volume with { RecurringJobs = [], RecurringJobGroups = ["none"] }, jobs));
    }

    [Fact]
    public void Enrich_Replicas_CountsHealthyAndListsNodes()
    {
        ReplicaStatus[] replicas =
        [
            Replica("r1", "node-2", healthy: true, failed: false),
            Replica("r2", "node-1", healthy: true, failed: false),
            Replica("r3", "node-3", healthy: true, failed: true),
            Replica("r4", null, healthy: false, failed: false),
        ];

        var enriched = VolumeEnrichment.Enrich(Volume, [], replicas);

        Assert.Equal(2, enriched.HealthyReplicas);
        Assert.Equal(["node-1", "node-2", "node-3"], enriched.ReplicaNodes);
        Assert.Null(VolumeEnrichment.Enrich(Volume, [], []).HealthyReplicas);
    }

    private static RecurringJobStatus Job(string name, string task, string cron, params string[] groups) => new()
    {
        Key = Snapshots.Key(ResourceKind.LonghornRecurringJob, name, "longhorn-system"),
        Task = task,
        Cron = cron,
        Groups = groups,
    };

    private static ReplicaStatus Replica(string name, string? node, bool healthy, bool failed) => new()
    {
        Key = Snapshots.Key(ResourceKind.LonghornReplica, name, "longhorn-system"),
        VolumeName = "pvc-1",
        NodeId = node,
        CurrentState = failed ? "error" : "running",
        HealthyAt = healthy ? Snapshots.Now.AddDays(-3) : null,
        FailedAt = failed ? Snapshots.Now.AddHours(-1) : null,
    };
}
