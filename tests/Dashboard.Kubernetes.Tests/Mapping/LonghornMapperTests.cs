using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class LonghornMapperTests
{
    private static VolumeStatus Volume(string name) =>
        new LonghornVolumeMapper().MapTyped(FixtureObjects.Cluster, FixtureObjects.Named(FixtureObjects.Volumes, name));

    private static BackupStatus Backup(string name) =>
        new LonghornBackupMapper().MapTyped(FixtureObjects.Cluster, FixtureObjects.Named(FixtureObjects.Backups, name));

    [Theory]
    [InlineData("pvc-0c5e8f2a-7d41-4b9e-a3c6-1f2e3d4c5b6a", "attached", "healthy", 10737418240L, 2147483648L, 3, "k8s-node-01", "home-automation", "config-home-assistant-0", "StatefulSet/home-assistant")]
    [InlineData("pvc-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "attached", "healthy", 107374182400L, 38654705664L, 3, "k8s-node-02", "nextcloud", "nextcloud-data", "ReplicaSet/nextcloud-6d8f9c7b5")]
    [InlineData("pvc-9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a", "attached", "degraded", 53687091200L, 31138512896L, 3, "k8s-node-03", "monitoring", "prometheus-kube-prometheus-stack-prometheus-db-prometheus-kube-prometheus-stack-prometheus-0", "StatefulSet/prometheus-kube-prometheus-stack-prometheus")]
    [InlineData("pvc-1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b", "detached", "faulted", 21474836480L, 9663676416L, 2, null, "vaultwarden", "vaultwarden-data", "ReplicaSet/vaultwarden-7c9d8b6f4")]
    public void Map_Volume_ReadsStateSizesAndConsumers(string name, string state, string robustness, long size, long actual,
        int replicas, string? node, string pvcNamespace, string pvc, string workload)
    {
        var volume = Volume(name);

        Assert.Equal(new ResourceKey(FixtureObjects.Cluster, ResourceKind.LonghornVolume, "longhorn-system", name), volume.Key);
        Assert.Equal(state, volume.State);
        Assert.Equal(robustness, volume.Robustness);
        Assert.Equal(size, volume.SizeBytes);
        Assert.Equal(actual, volume.ActualSizeBytes);
        Assert.Equal(replicas, volume.WantedReplicas);
        Assert.Equal(node, volume.Node);
        Assert.Equal(pvcNamespace, volume.PvcNamespace);
        Assert.Equal(pvc, volume.PvcName);
        Assert.Equal([workload], volume.Workloads);
        Assert.Null(volume.BackupInterval);
        Assert.Empty(volume.UnreadableFields);
    }

    [Fact]
    public void Map_HealthyVolume_ReadsLastBackup()
    {
        var volume = Volume("pvc-0c5e8f2a-7d41-4b9e-a3c6-1f2e3d4c5b6a");

        Assert.Equal("backup-3f9a1c2e7b5d4a60", volume.LastBackupName);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T03:00:12Z"), volume.LastBackupAt);
    }

    [Fact]
    public void Map_DegradedVolume_KeepsSchedulingFailureAndNoBackup()
    {
        var volume = Volume("pvc-9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a");

        var scheduled = volume.Conditions.Single(c => c.Type == "Scheduled");
        Assert.False(scheduled.IsTrue);
        Assert.Equal("ReplicaSchedulingFailure", scheduled.Reason);
        Assert.Equal("precheck new replica failed: insufficient storage; nodes are unavailable", scheduled.Message);
        Assert.Null(volume.LastBackupName);
        Assert.Null(volume.LastBackupAt);
        Assert.All(volume.Conditions.Where(c => c.Type != "Scheduled"), c => Assert.Null(c.Message));
    }

    [Fact]
    public void Map_CompletedBackup_ReadsVolumeTimeAndSize()
    {
        var backup = Backup("backup-3f9a1c2e7b5d4a60");

        Assert.Equal("Completed", backup.State);
        Assert.Equal("pvc-0c5e8f2a-7d41-4b9e-a3c6-1f2e3d4c5b6a", backup.VolumeName);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T03:00:12Z"), backup.CreatedAt);
        Assert.Equal(2172649472L, backup.SizeBytes);
        Assert.Null(backup.Error);
        Assert.Empty(backup.UnreadableFields);
    }

    [Fact]
    public void Map_FailedBackup_ErrorStateWithSnapshotTime()
    {
        var backup = Backup("backup-8e7d6c5b4a392817");

        Assert.Equal("Error", backup.State);
        Assert.Equal("failed to get the current backup target: backup target default is not available", backup.Error);
        Assert.Equal(DateTimeOffset.Parse("2026-11-22T03:00:01Z"), backup.CreatedAt);
        Assert.Null(backup.SizeBytes);
        Assert.Empty(backup.UnreadableFields);
    }
}
