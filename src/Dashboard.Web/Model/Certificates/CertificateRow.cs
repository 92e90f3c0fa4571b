using Dashboard.Core.Cluster;
using Dashboard.Core.Health;

namespace Dashboard.Web.Model.Certificates;

/// <summary>One certificate as the page shows it, computed against one clock reading.</summary>
public sealed record CertificateRow(
    CertificateStatus Certificate,
    CertificateUrgency Urgency,
    int? DaysLeft,
    bool RenewalOverdue,
    bool Failing)
{
    public string DaysLeftText => DaysLeft switch
    {
        null => "never issued",
        < 0 => $"expired {-DaysLeft} d ago",
        0 => "expires today",
        1 => "1 day",
        { } d => $"{d} days",
    };

    /// <summary>Colour band: red ≤ 7 days or expired, orange ≤ 14, yellow ≤ 30.</summary>
    public string Tone => Urgency switch
    {
        CertificateUrgency.Expired or CertificateUrgency.Critical => "error",
        CertificateUrgency.Warning => "warning",
        CertificateUrgency.Notice => "notice",
        CertificateUrgency.Ok => "success",
        _ => "default",
    };
}
