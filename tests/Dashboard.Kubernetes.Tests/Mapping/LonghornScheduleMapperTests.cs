using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;
using Dashboard.Testing;

namespace Dashboard.Kubernetes.Tests.Mapping;

/// <summary>Replica and RecurringJob mappers on the sandbox's seed objects, and the recurring-job labels of volumes.</summary>
public sealed class LonghornScheduleMapperTests
{
    private static IReadOnlyList<JsonElement> Seed(string file) =>
        YamlJson.LoadDocuments(Path.Combine(RepositoryRoot.Path, "src", "Dashboard.Sandbox", "Seed", "objects", file));

    [Fact]
    public void Map_SeedReplicas_HealthNodesAndStates()
    {
        var replicas = Seed("longhorn.io_replicas.yaml").Select(r => (ReplicaStatus)new LonghornReplicaMapper().Map("home", r)).ToList();

        Assert.Equal(11, replicas.Count);
        Assert.All(replicas, r => Assert.Empty(r.UnreadableFields));
        var degraded = replicas.Where(r => r.VolumeName == "pvc-9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a").ToList();
        Assert.Equal(2, degraded.Count(r => r.IsHealthy));
        var unscheduled = Assert.Single(degraded, r => !r.IsHealthy);
        Assert.Null(unscheduled.NodeId);
        Assert.Null(unscheduled.HealthyAt);
        var failed = replicas.Where(r => r.VolumeName == "pvc-1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b").ToList();
        Assert.All(failed, r => Assert.False(r.IsHealthy));
        Assert.Contains(failed, r => r.CurrentState == "error" && r.FailedAt == new DateTimeOffset(2026, 11, 22, 6, 18, 11, TimeSpan.Zero));
    }

    [Fact]
    public void Map_SeedRecurringJobs_TaskCronRetainGroups()
    {
        var jobs = Seed("longhorn.io_recurringjobs.yaml").Select(j => (RecurringJobStatus)new LonghornRecurringJobMapper().Map("home", j)).ToList();

        var backup = Assert.Single(jobs, j => j.IsBackup);
        Assert.Equal(("backup-daily", "backup", "0 3 * * *", 14), (backup.Key.Name, backup.Task, backup.Cron, backup.Retain));
        Assert.Equal(["default"], backup.Groups);
        Assert.Contains(jobs, j => j.Task == "snapshot" && j.Cron == "0 */6 * * *");
    }

    [Fact]
    public void Map_MalformedRecurringJob_UnknownFieldsRecorded()
    {
        var broken = JsonDocument.Parse("""{"metadata":{"name":"j","namespace":"longhorn-system"},"spec":{"cron":5,"groups":"default","task":"backup"}}""").RootElement;

        var job = (RecurringJobStatus)new LonghornRecurringJobMapper().Map("home", broken);

        Assert.Null(job.Cron);
        Assert.Empty(job.Groups);
        Assert.Equal(["spec.cron", "spec.groups"], job.UnreadableFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Map_VolumeLabels_JobsAndGroupsEnabled_DefaultGroupWithoutLabels()
    {
        var labelled = JsonDocument.Parse("""
            {"metadata":{"name":"v","namespace":"longhorn-system","labels":{"recurring-job.longhorn.io/nightly":"enabled",
             "recurring-job-group.longhorn.io/media":"enabled","recurring-job-group.longhorn.io/old":"disabled","longhornvolume":"v"}}}
            """).RootElement;
        var plain = JsonDocument.Parse("""{"metadata":{"name":"w","namespace":"longhorn-system","labels":{"longhornvolume":"w"}}}""").RootElement;

        var volume = (VolumeStatus)new LonghornVolumeMapper().Map("home", labelled);
        var unlabelled = (VolumeStatus)new LonghornVolumeMapper().Map("home", plain);

        Assert.Equal(["nightly"], volume.RecurringJobs);
        Assert.Equal(["media"], volume.RecurringJobGroups);
        Assert.Empty(unlabelled.RecurringJobs);
        Assert.Equal(["default"], unlabelled.RecurringJobGroups);
    }
}
