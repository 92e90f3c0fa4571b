using System.Globalization;
using Dashboard.Core.Cluster;

namespace Dashboard.Core.Health;

/// <summary>Rules for Longhorn volumes and backups.</summary>
internal static class StorageRules
{
    public static IEnumerable<Problem> For(VolumeStatus volume, IReadOnlyList<BackupStatus> backups, DateTimeOffset now,
        ProblemFinderOptions options)
    {
        switch (volume.Robustness)
        {
            case "faulted":
                yield return Problem.For(ProblemSeverity.Critical, volume.Key, "Volume faulted", VolumeDetail(volume));
                break;
            case "degraded":
                yield return Problem.For(ProblemSeverity.Warning, volume.Key, "Volume degraded", VolumeDetail(volume));
                break;
        }

        if (BackupAge(volume, backups, now, options) is { } backup)
        {
            yield return backup;
        }

        if (volume.UnreadableFields.Count > 0)
        {
            yield return AppRules.Unreadable(volume.Key, volume.UnreadableFields);
        }
    }

    /// <summary>A failed backup matters only while no later backup of the same volume has completed.</summary>
    public static IEnumerable<Problem> For(BackupStatus backup, IReadOnlyList<BackupStatus> sameVolume)
    {
        var superseded = sameVolume.Any(b => b.State == "Completed" && b.CreatedAt > backup.CreatedAt);
        if (backup.State == "Error" && !superseded)
        {
            yield return Problem.For(ProblemSeverity.Warning, backup.Key, "Backup failed",
                backup.VolumeName is null ? backup.Error : $"{backup.VolumeName}: {backup.Error}");
        }

        if (backup.UnreadableFields.Count > 0)
        {
            yield return AppRules.Unreadable(backup.Key, backup.UnreadableFields);
        }
    }

    /// <summary>
    /// Late when older than the interval plus a grace (the job needs time to run); Critical when two
    /// whole intervals were missed. The newest of the volume's lastBackupAt and its completed backups counts.
    /// </summary>
    private static Problem? BackupAge(VolumeStatus volume, IReadOnlyList<BackupStatus> backups, DateTimeOffset now,
        ProblemFinderOptions options)
    {
        if ((volume.BackupInterval ?? options.DefaultBackupInterval) is not { } interval || interval <= TimeSpan.Zero)
        {
            return null;
        }

        var last = BackupSchedule.LastCompleted(volume, backups);
        var grace = interval * options.BackupGraceFraction;
        var schedule = volume.BackupJob is null
            ? $"expected every {Span(interval)}"
            : $"expected every {Span(interval)} (recurring job {volume.BackupJob})";
        if (last is null)
        {
            return Problem.For(ProblemSeverity.Warning, volume.Key, "No backup", $"No completed backup; {schedule}");
        }

        var age = now - last.Value;
        if (!BackupSchedule.IsLate(age, interval, options))
        {
            return null;
        }

        var severity = age > (interval * 2) + grace ? ProblemSeverity.Critical : ProblemSeverity.Warning;
        return Problem.For(severity, volume.Key, "Backup older than its schedule", $"Last backup {Span(age)} ago; {schedule}");
    }

    private static string VolumeDetail(VolumeStatus volume)
    {
        var parts = new List<string> { volume.State };
        if (volume.PvcName is not null)
        {
            parts.Add($"PVC {volume.PvcNamespace}/{volume.PvcName}");
        }

        var failing = volume.Conditions.FirstOrDefault(c => c.Type == "Scheduled" && c.Status == "False" && c.Message is not null);
        if (failing is not null)
        {
            parts.Add(failing.Message!);
        }

        return string.Join("; ", parts);
    }

    private static string Span(TimeSpan span) => span.TotalDays >= 1
        ? span.Hours == 0 ? $"{(int)span.TotalDays}d" : $"{(int)span.TotalDays}d {span.Hours}h"
        : span.TotalHours >= 1 ? $"{(int)span.TotalHours}h" : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m");
}
