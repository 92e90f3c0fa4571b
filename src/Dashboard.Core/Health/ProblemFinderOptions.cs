namespace Dashboard.Core.Health;

/// <summary>Tunables for the rules; defaults suit a homelab with nightly backups.</summary>
public sealed record ProblemFinderOptions
{
    /// <summary>Backup schedule assumed for volumes whose own schedule is unknown; null disables the backup-age rule for them.</summary>
    public TimeSpan? DefaultBackupInterval { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Slack on top of the interval for the backup to run and upload before it counts as late.</summary>
    public double BackupGraceFraction { get; init; } = 0.25;

    public TimeSpan RenewalGrace { get; init; } = CertificateExpiry.DefaultRenewalGrace;
}
