namespace Dashboard.Core.Health;

/// <summary>How soon a certificate needs attention (thresholds in <see cref="CertificateExpiry"/>).</summary>
public enum CertificateUrgency
{
    /// <summary>No notAfter yet: never issued, or the status is unreadable.</summary>
    Unknown,
    Ok,
    Notice,
    Warning,
    Critical,
    Expired,
}
