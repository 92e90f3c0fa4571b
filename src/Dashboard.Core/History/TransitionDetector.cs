using System.Globalization;
using Dashboard.Core.Cluster;

namespace Dashboard.Core.History;

/// <summary>
/// Compares the previous and the new record of one object and names the transitions a person cares
/// about. Pure: no clock, no storage. An object seen for the first time (previous is null) yields
/// nothing, except a backup that appears already failed.
/// </summary>
public static class TransitionDetector
{
    public const string Health = "health";
    public const string Sync = "sync";
    public const string Revision = "revision";
    public const string Ready = "ready";
    public const string Renewal = "renewal";
    public const string Robustness = "robustness";
    public const string Backup = "backup";

    private const string BackupError = "Error";

    public static IReadOnlyList<StatusChange> Detect(IClusterItem? previous, IClusterItem current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current switch
        {
            AppStatus app when previous is AppStatus before => ForApp(before, app),
            CertificateStatus certificate when previous is CertificateStatus before => ForCertificate(before, certificate),
            VolumeStatus volume when previous is VolumeStatus before => ForVolume(before, volume),
            BackupStatus backup => ForBackup(previous as BackupStatus, backup),
            _ => [],
        };
    }

    private static List<StatusChange> ForApp(AppStatus before, AppStatus after)
    {
        var changes = new List<StatusChange>();
        if (before.Health != after.Health)
        {
            changes.Add(new(after.Key, Health, before.Health.ToString(), after.Health.ToString(), after.Message));
        }

        if (before.Sync != after.Sync)
        {
            changes.Add(new(after.Key, Sync, before.Sync.ToString(), after.Sync.ToString(), after.Message));
        }

        // A revision that disappears (status being rewritten) is not a deployment; a new one is.
        if (after.Revision is { Length: > 0 } revision && !string.Equals(before.Revision, revision, StringComparison.OrdinalIgnoreCase))
        {
            changes.Add(new(after.Key, Revision, before.Revision, revision, after.ChartVersion is null ? null : $"chart {after.ChartVersion}"));
        }

        return changes;
    }

    private static List<StatusChange> ForCertificate(CertificateStatus before, CertificateStatus after)
    {
        var changes = new List<StatusChange>();
        if (before.Ready != after.Ready)
        {
            changes.Add(new(after.Key, Ready, ReadyText(before.Ready), ReadyText(after.Ready), after.ReadyMessage ?? after.ReadyReason));
        }

        if (before.NotAfter is { } oldExpiry && after.NotAfter is { } newExpiry && newExpiry > oldExpiry)
        {
            changes.Add(new(after.Key, Renewal, Date(oldExpiry), Date(newExpiry), "renewed"));
        }

        return changes;
    }

    private static List<StatusChange> ForVolume(VolumeStatus before, VolumeStatus after) =>
        string.Equals(before.Robustness, after.Robustness, StringComparison.OrdinalIgnoreCase)
            ? []
            : [new(after.Key, Robustness, before.Robustness, after.Robustness, after.Node is null ? null : $"node {after.Node}")];

    private static List<StatusChange> ForBackup(BackupStatus? before, BackupStatus after)
    {
        var failedNow = string.Equals(after.State, BackupError, StringComparison.OrdinalIgnoreCase);
        var failedBefore = before is not null && string.Equals(before.State, BackupError, StringComparison.OrdinalIgnoreCase);
        if (!failedNow || failedBefore)
        {
            return [];
        }

        var volume = after.VolumeName is null ? "" : $"volume {after.VolumeName}: ";
        return [new(after.Key, Backup, before?.State, after.State, volume + (after.Error ?? "backup failed"))];
    }

    private static string ReadyText(bool? ready) => ready switch
    {
        true => "True",
        false => "False",
        null => "Unknown",
    };

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
