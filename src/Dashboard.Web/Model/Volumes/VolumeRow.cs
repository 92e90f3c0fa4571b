using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Volumes;

/// <summary>One Longhorn volume with its newest backup and how late that backup is.</summary>
public sealed record VolumeRow(
    VolumeStatus Volume,
    DateTimeOffset? LastBackupAt,
    string? LastBackupState,
    TimeSpan? BackupAge,
    TimeSpan BackupInterval,
    bool BackupLate)
{
    public string ReplicasText => Volume.HealthyReplicas is { } healthy
        ? $"{healthy}/{Volume.WantedReplicas}"
        : $"{Volume.WantedReplicas} wanted";

    public string Tone => Volume.Robustness switch
    {
        "faulted" => "error",
        "degraded" => "warning",
        "healthy" => BackupLate ? "warning" : "success",
        _ => "default",
    };
}
