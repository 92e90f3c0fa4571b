using Dashboard.Core.Cluster;

namespace Dashboard.Core.Health;

/// <summary>When a volume's last backup counts as late: one rule for the problem list and the Volumes page.</summary>
public static class BackupSchedule
{
    /// <summary>The newest of the volume's lastBackupAt and its completed backups.</summary>
    public static DateTimeOffset? LastCompleted(VolumeStatus volume, IEnumerable<BackupStatus> backups) =>
        backups.Where(b => b.State == "Completed").Select(b => b.CreatedAt).Append(volume.LastBackupAt).Max();

    /// <summary>Late once older than the interval plus a grace, since the job needs time to run and upload.</summary>
    public static bool IsLate(TimeSpan age, TimeSpan interval, ProblemFinderOptions options) =>
        age > interval + (interval * options.BackupGraceFraction);
}
