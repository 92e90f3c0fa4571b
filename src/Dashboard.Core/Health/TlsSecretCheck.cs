using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Health;

/// <summary>Joins Certificates with the TLS secrets read for them, and turns plain TLS secrets into certificates. Pure.</summary>
public static class TlsSecretCheck
{
    /// <summary>cert-manager copies notAfter from the certificate; anything beyond rounding is a different certificate.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    public static TlsSecretStatus? SecretOf(ClusterSnapshot snapshot, CertificateStatus certificate)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(certificate);
        return string.IsNullOrEmpty(certificate.SecretName)
            ? null
            : snapshot.Items.GetValueOrDefault(new ResourceKey(certificate.Key.Cluster, ResourceKind.TlsSecret, certificate.Key.Namespace,
                certificate.SecretName)) as TlsSecretStatus;
    }

    public static SecretMatch Compare(CertificateStatus certificate, TlsSecretStatus? secret)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return secret?.State switch
        {
            null or TlsSecretState.Pending => SecretMatch.NotRead,
            TlsSecretState.NotFound => SecretMatch.Missing,
            TlsSecretState.Forbidden => SecretMatch.Forbidden,
            TlsSecretState.Unreadable or TlsSecretState.Failed => SecretMatch.Unreadable,
            _ when secret.NotAfter is not { } actual => SecretMatch.Unreadable,
            _ when certificate.NotAfter is not { } expected => SecretMatch.Differs,
            _ when (secret.NotAfter.Value - certificate.NotAfter.Value).Duration() <= Tolerance => SecretMatch.Matches,
            _ when secret.NotAfter < certificate.NotAfter => SecretMatch.NotYetRotated,
            _ => SecretMatch.Differs,
        };
    }

    /// <summary>
    /// TLS secrets that only Ingresses name (no cert-manager Certificate), as certificates keyed by the secret, so
    /// their expiry is shown and checked like any other. Ready stays unknown: nothing reports readiness for them.
    /// </summary>
    public static IEnumerable<CertificateStatus> PlainCertificates(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.TlsSecrets.Where(s => !s.IsReferencedByCertificate).Select(s => new CertificateStatus
        {
            Key = s.Key,
            SecretName = s.Key.Name,
            DnsNames = s.DnsNames,
            Issuer = s.Issuer,
            NotBefore = s.NotBefore,
            NotAfter = s.NotAfter,
        });
    }
}
