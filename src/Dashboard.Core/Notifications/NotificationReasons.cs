using Dashboard.Core.Health;

namespace Dashboard.Core.Notifications;

/// <summary>
/// Maps the Overview's problems (<see cref="ProblemFinder"/>) to the reasons that notify. Titles carry
/// changing details ("expires in 13 days", "Reconcile failed: X"), so the reason is the stable part;
/// problems not listed here (watch state, unreadable fields, Git fetches) show on the Overview only.
/// </summary>
public static class NotificationReasons
{
    public const string AppDegraded = "AppDegraded";
    public const string OutOfSync = "OutOfSync";
    public const string ReconcileFailed = "ReconcileFailed";
    public const string CertificateExpiring = "CertificateExpiring";
    public const string CertificateNotReady = "CertificateNotReady";
    public const string RenewalOverdue = "RenewalOverdue";
    public const string VolumeUnhealthy = "VolumeUnhealthy";
    public const string BackupLate = "BackupLate";

    public static string? For(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Key is null)
        {
            return null;
        }

        var title = problem.Title;
        return title switch
        {
            "Degraded" or "Missing" => AppDegraded,
            "OutOfSync" => OutOfSync,
            "Sync failed" => ReconcileFailed,
            _ when title.StartsWith("Reconcile failed", StringComparison.Ordinal) => ReconcileFailed,
            "Certificate expired" => CertificateExpiring,
            _ when title.StartsWith("Certificate expires", StringComparison.Ordinal) => CertificateExpiring,
            _ when title.StartsWith("Certificate not ready", StringComparison.Ordinal) => CertificateNotReady,
            "Renewal overdue" => RenewalOverdue,
            "Volume faulted" or "Volume degraded" => VolumeUnhealthy,
            "Backup older than its schedule" or "No backup" => BackupLate,
            _ => null,
        };
    }

    /// <summary>Apps pass through Degraded/OutOfSync while they roll out; only a lasting state is worth a message.</summary>
    public static bool NeedsGrace(string reason) => reason is AppDegraded or OutOfSync;
}
