using Dashboard.Core.Cluster;
using Dashboard.Core.Health;

namespace Dashboard.Web.Model.Certificates;

/// <summary>Orders certificates the way an owner reads them: expired and failing first, then by time left.</summary>
public static class CertificateListModel
{
    public static IReadOnlyList<CertificateRow> Rows(IEnumerable<CertificateStatus> certificates, DateTimeOffset now, string? search = null) =>
        Rows(certificates, _ => null, now, search);

    /// <summary>
    /// Rows with the TLS secret read for each certificate (<paramref name="secretOf"/>); plain TLS secrets
    /// (<see cref="TlsSecretCheck.PlainCertificates"/>) are rows too.
    /// </summary>
    public static IReadOnlyList<CertificateRow> Rows(IEnumerable<CertificateStatus> certificates, Func<CertificateStatus, TlsSecretStatus?> secretOf,
        DateTimeOffset now, string? search = null) =>
        certificates
            .Where(c => Matches(c, search))
            .Select(c => Row(c, secretOf(c), now))
            .OrderBy(r => Rank(r))
            .ThenBy(r => r.Certificate.NotAfter ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Certificate.Key.Name, StringComparer.Ordinal)
            .ToList();

    public static CertificateRow Row(CertificateStatus certificate, DateTimeOffset now) => Row(certificate, null, now);

    public static CertificateRow Row(CertificateStatus certificate, TlsSecretStatus? secret, DateTimeOffset now)
    {
        var plain = certificate.Key.Kind == ResourceKind.TlsSecret;
        var match = plain ? SecretMatch.NotRead : TlsSecretCheck.Compare(certificate, secret);
        var failing = certificate.Ready == false || certificate.FailedIssuanceAttempts > 0
            || match is SecretMatch.NotYetRotated or SecretMatch.Differs || (match == SecretMatch.Missing && certificate.Ready == true)
            || (plain && secret?.State is not (null or TlsSecretState.Read));
        return new CertificateRow(
            certificate,
            CertificateExpiry.Classify(certificate, now),
            CertificateExpiry.DaysLeft(certificate, now),
            CertificateExpiry.IsRenewalOverdue(certificate, now),
            failing)
        {
            Secret = secret,
            SecretMatch = match,
        };
    }

    /// <summary>0 = expired, 1 = failing or overdue, 2 = everything else (then sorted by notAfter).</summary>
    private static int Rank(CertificateRow row) =>
        row.Urgency == CertificateUrgency.Expired ? 0 : row.Failing || row.RenewalOverdue ? 1 : 2;

    private static bool Matches(CertificateStatus certificate, string? search) =>
        string.IsNullOrWhiteSpace(search)
        || certificate.Key.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || certificate.Key.Namespace.Contains(search, StringComparison.OrdinalIgnoreCase)
        || certificate.DnsNames.Any(d => d.Contains(search, StringComparison.OrdinalIgnoreCase))
        || (certificate.Issuer?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);
}
