using System.Globalization;
using Dashboard.Core.Cluster;

namespace Dashboard.Core.Health;

/// <summary>Rules for certificates: expired, expiring, not ready, renewal overdue.</summary>
internal static class CertificateRules
{
    public static IEnumerable<Problem> For(CertificateStatus certificate, DateTimeOffset now, TimeSpan renewalGrace)
    {
        var urgency = CertificateExpiry.Classify(certificate, now);
        var days = CertificateExpiry.DaysLeft(certificate, now);
        switch (urgency)
        {
            case CertificateUrgency.Expired:
                yield return Problem.For(ProblemSeverity.Critical, certificate.Key, "Certificate expired",
                    $"Expired {Date(certificate.NotAfter)} ({-days} days ago)");
                break;
            case CertificateUrgency.Critical or CertificateUrgency.Warning:
                yield return Problem.For(
                    urgency == CertificateUrgency.Critical ? ProblemSeverity.Critical : ProblemSeverity.Warning,
                    certificate.Key, $"Certificate expires {In(days!.Value)}", $"Valid until {Date(certificate.NotAfter)}");
                break;
        }

        if (certificate.Ready == false && urgency != CertificateUrgency.Expired)
        {
            // A first issuance in progress with no failure yet is normal for a minute or two.
            var severity = certificate.Issuing && certificate.FailedIssuanceAttempts == 0
                ? ProblemSeverity.Warning
                : ProblemSeverity.Critical;
            var reason = certificate.ReadyReason ?? "unknown reason";
            yield return Problem.For(severity, certificate.Key, $"Certificate not ready: {reason}", certificate.ReadyMessage);
        }

        if (CertificateExpiry.IsRenewalOverdue(certificate, now, renewalGrace))
        {
            yield return Problem.For(ProblemSeverity.Warning, certificate.Key, "Renewal overdue", RenewalDetail(certificate));
        }

        if (certificate.UnreadableFields.Count > 0)
        {
            yield return AppRules.Unreadable(certificate.Key, certificate.UnreadableFields);
        }
    }

    private static string In(int days) => days switch
    {
        0 => "in less than a day",
        1 => "in 1 day",
        _ => $"in {days} days",
    };

    private static string RenewalDetail(CertificateStatus certificate)
    {
        var detail = $"Renewal was due {Date(certificate.RenewalTime)}";
        if (certificate.FailedIssuanceAttempts > 0)
        {
            detail += $"; {certificate.FailedIssuanceAttempts} failed attempts, last {Date(certificate.LastFailureTime)}";
        }

        var issuing = certificate.Conditions.FirstOrDefault(c => c.Type == "Issuing");
        return issuing?.Message is { } message ? $"{detail}: {message}" : detail;
    }

    private static string Date(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "unknown";
}
