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

    /// <summary>The certificate in the secret is what clients get: flag a secret that does not hold what cert-manager reports.</summary>
    public static IEnumerable<Problem> ForSecret(CertificateStatus certificate, TlsSecretStatus? secret)
    {
        switch (TlsSecretCheck.Compare(certificate, secret))
        {
            case SecretMatch.NotYetRotated:
                yield return Problem.For(ProblemSeverity.Warning, certificate.Key, "TLS secret not rotated",
                    $"Secret {certificate.SecretName} holds a certificate valid until {Date(secret!.NotAfter)}; cert-manager reports {Date(certificate.NotAfter)}");
                break;
            case SecretMatch.Differs:
                yield return Problem.For(ProblemSeverity.Warning, certificate.Key, "TLS secret differs from status",
                    $"Secret {certificate.SecretName} holds a certificate valid until {Date(secret!.NotAfter)}; cert-manager reports {Date(certificate.NotAfter)}");
                break;
            case SecretMatch.Missing when certificate.Ready == true:
                yield return Problem.For(ProblemSeverity.Critical, certificate.Key, "TLS secret missing",
                    $"Certificate is Ready but secret {certificate.SecretName} does not exist");
                break;
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
