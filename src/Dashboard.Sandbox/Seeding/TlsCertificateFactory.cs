using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dashboard.Sandbox.Seeding;

/// <summary>
/// Makes real certificates for the sandbox's TLS secrets at seed time (nothing secret is committed): a leaf
/// for the given DNS names and validity, signed by a throwaway "Sandbox Fake ACME CA", as a PEM chain
/// (leaf first, then the CA) plus the leaf's private key.
/// </summary>
internal static class TlsCertificateFactory
{
    private static readonly Lazy<(X509Certificate2 Certificate, ECDsa Key)> Authority = new(CreateAuthority);

    public static (string CertificatePem, string KeyPem) Issue(IReadOnlyList<string> dnsNames, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var commonName = dnsNames.Count > 0 ? dnsNames[0] : "sandbox.invalid";
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            names.AddDnsName(name);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var (authority, authorityKey) = Authority.Value;
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        using var leaf = request.Create(authority.SubjectName, X509SignatureGenerator.CreateForECDsa(authorityKey), notBefore, notAfter, serial);
        return (leaf.ExportCertificatePem() + "\n" + authority.ExportCertificatePem() + "\n", key.ExportPkcs8PrivateKeyPem());
    }

    private static (X509Certificate2, ECDsa) CreateAuthority()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Sandbox Fake ACME CA, O=Dashboard sandbox", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return (certificate, key);
    }
}
