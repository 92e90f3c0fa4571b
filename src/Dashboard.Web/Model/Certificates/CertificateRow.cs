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
    /// <summary>The TLS secret read for this certificate (null when secrets are not read).</summary>
    public TlsSecretStatus? Secret { get; init; }

    public SecretMatch SecretMatch { get; init; } = SecretMatch.NotRead;

    /// <summary>A TLS secret that only Ingresses name: no cert-manager Certificate manages it.</summary>
    public bool IsPlainTlsSecret => Certificate.Key.Kind == ResourceKind.TlsSecret;

    /// <summary>The chip for the secret's state, or null when there is nothing to flag.</summary>
    public (string Text, string Tone, string? Title)? SecretChip => IsPlainTlsSecret
        ? Secret?.State switch
        {
            TlsSecretState.NotFound => ("secret missing", "error", Secret.Message),
            TlsSecretState.Forbidden => ("no permission", "warning", Secret.Message),
            TlsSecretState.Unreadable or TlsSecretState.Failed => ("secret unreadable", "warning", Secret.Message),
            _ => null,
        }
        : SecretMatch switch
        {
            SecretMatch.NotYetRotated => ("secret not rotated", "error",
                $"The secret holds a certificate valid until {Format.Timestamp(Secret?.NotAfter)}; cert-manager reports {Format.Timestamp(Certificate.NotAfter)}."),
            SecretMatch.Differs => ("secret differs", "warning",
                $"The secret holds a certificate valid until {Format.Timestamp(Secret?.NotAfter)}; cert-manager reports {Format.Timestamp(Certificate.NotAfter)}."),
            SecretMatch.Missing => ("secret missing", Certificate.Ready == true ? "error" : "default", Secret?.Message),
            SecretMatch.Forbidden => ("no permission", "warning", Secret?.Message),
            SecretMatch.Unreadable => ("secret unreadable", "warning", Secret?.Message),
            _ => null,
        };

    public string DaysLeftText => DaysLeft switch
    {
        null when IsPlainTlsSecret => "not read",
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
