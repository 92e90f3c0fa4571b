using Dashboard.Core.Cluster;
using Dashboard.Core.Health;

namespace Dashboard.Web.Model.Volumes;

/// <summary>Joins volumes with their backups and orders them worst first (faulted, degraded, late backup).</summary>
public static class VolumeListModel
{
    public static IReadOnlyList<VolumeRow> Rows(IEnumerable<VolumeStatus> volumes, IEnumerable<BackupStatus> backups,
        DateTimeOffset now, ProblemFinderOptions? options = null)
    {
        options ??= new ProblemFinderOptions();
        var byVolume = backups.Where(b => b.VolumeName is not null)
            .GroupBy(b => (b.Key.Cluster, b.VolumeName!))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(b => b.CreatedAt).ToList());

        return volumes
            .Select(v => Row(v, byVolume.GetValueOrDefault((v.Key.Cluster, v.Key.Name)) ?? [], now, options))
            .OrderBy(Rank)
            .ThenBy(r => r.Volume.Key.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static VolumeRow Row(VolumeStatus volume, List<BackupStatus> backups, DateTimeOffset now, ProblemFinderOptions options)
    {
        var newest = backups.FirstOrDefault();
        var lastCompleted = BackupSchedule.LastCompleted(volume, backups);
        var interval = volume.BackupInterval ?? options.DefaultBackupInterval ?? TimeSpan.FromDays(1);
        var age = lastCompleted is { } at ? now - at : (TimeSpan?)null;
        var late = age is not { } known || BackupSchedule.IsLate(known, interval, options);
        return new VolumeRow(volume, lastCompleted, newest?.State, age, interval, late);
    }

    private static int Rank(VolumeRow row) => row.Volume.Robustness switch
    {
        "faulted" => 0,
        "degraded" => 1,
        _ when row.BackupLate => 2,
        "unknown" => 3,
        _ => 4,
    };
}
