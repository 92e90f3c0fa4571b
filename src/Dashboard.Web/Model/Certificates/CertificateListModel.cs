using Dashboard.Core.Cluster;
using Dashboard.Core.Health;

namespace Dashboard.Web.Model.Certificates;

/// <summary>Orders certificates the way an owner reads them: expired and failing first, then by time left.</summary>
public static class CertificateListModel
{
    public static IReadOnlyList<CertificateRow> Rows(IEnumerable<CertificateStatus> certificates, DateTimeOffset now, string? search = null) =>
        certificates
            .Where(c => Matches(c, search))
            .Select(c => Row(c, now))
            .OrderBy(r => Rank(r))
            .ThenBy(r => r.Certificate.NotAfter ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Certificate.Key.Name, StringComparer.Ordinal)
            .ToList();

    public static CertificateRow Row(CertificateStatus certificate, DateTimeOffset now)
    {
        var failing = certificate.Ready == false || certificate.FailedIssuanceAttempts > 0;
        return new CertificateRow(
            certificate,
            CertificateExpiry.Classify(certificate, now),
            CertificateExpiry.DaysLeft(certificate, now),
            CertificateExpiry.IsRenewalOverdue(certificate, now),
            failing);
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
