using Dashboard.Core.Cluster;

namespace Dashboard.Core.Health;

/// <summary>Expiry arithmetic for certificates: urgency bands, days left, renewal overdue.</summary>
public static class CertificateExpiry
{
    public static readonly TimeSpan NoticeWithin = TimeSpan.FromDays(30);
    public static readonly TimeSpan WarningWithin = TimeSpan.FromDays(14);
    public static readonly TimeSpan CriticalWithin = TimeSpan.FromDays(7);

    /// <summary>cert-manager renews at renewalTime, usually within seconds; allow for a slow ACME order before calling it overdue.</summary>
    public static readonly TimeSpan DefaultRenewalGrace = TimeSpan.FromHours(1);

    public static TimeSpan? TimeLeft(CertificateStatus certificate, DateTimeOffset now) =>
        certificate.NotAfter is { } notAfter ? notAfter - now : null;

    /// <summary>Whole days left, rounded down (4.75 days → 4); negative once expired; null when never issued.</summary>
    public static int? DaysLeft(CertificateStatus certificate, DateTimeOffset now) =>
        TimeLeft(certificate, now) is { } left ? (int)Math.Floor(left.TotalDays) : null;

    /// <summary>Expired at notAfter itself; Critical ≤ 7 days, Warning ≤ 14, Notice ≤ 30, else Ok.</summary>
    public static CertificateUrgency Classify(CertificateStatus certificate, DateTimeOffset now) => TimeLeft(certificate, now) switch
    {
        null => CertificateUrgency.Unknown,
        { } left when left <= TimeSpan.Zero => CertificateUrgency.Expired,
        { } left when left <= CriticalWithin => CertificateUrgency.Critical,
        { } left when left <= WarningWithin => CertificateUrgency.Warning,
        { } left when left <= NoticeWithin => CertificateUrgency.Notice,
        _ => CertificateUrgency.Ok,
    };

    /// <summary>
    /// cert-manager moves renewalTime (and notAfter) forward when it reissues, so a renewalTime that
    /// lies in the past by more than the grace means the reissue has not happened. An expired
    /// certificate is reported as expired instead.
    /// </summary>
    public static bool IsRenewalOverdue(CertificateStatus certificate, DateTimeOffset now, TimeSpan? grace = null) =>
        certificate.RenewalTime is { } renewal
        && now > renewal + (grace ?? DefaultRenewalGrace)
        && certificate.NotAfter is { } notAfter && notAfter > now;
}
