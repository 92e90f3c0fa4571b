using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// Reads the facts of a TLS secret's leaf certificate (the first in tls.crt): validity, subject, issuer,
/// DNS names. Pure; keeps nothing of the secret but those facts. A secret without a parseable
/// certificate becomes <see cref="TlsSecretState.Unreadable"/> with the reason.
/// </summary>
public static class TlsSecretParser
{
    private const string CertificateKey = "tls.crt";
    private const string SubjectAlternativeNameOid = "2.5.29.17";

    public static TlsSecretStatus Parse(ResourceKey key, JsonElement secret, IReadOnlyList<string> referencedBy, DateTimeOffset fetchedAt)
    {
        var unreadable = new TlsSecretStatus
        {
            Key = key,
            State = TlsSecretState.Unreadable,
            ReferencedBy = referencedBy,
            FetchedAt = fetchedAt,
        };
        if (secret.ValueKind != JsonValueKind.Object
            || !secret.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(CertificateKey, out var encoded) || encoded.ValueKind != JsonValueKind.String)
        {
            return unreadable with { Message = $"the secret has no data.{CertificateKey}{TypeHint(secret)}" };
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(encoded.GetString() ?? "");
        }
        catch (FormatException)
        {
            return unreadable with { Message = $"data.{CertificateKey} is not base64" };
        }

        try
        {
            using var certificate = LeafCertificate(bytes);
            if (certificate is null)
            {
                return unreadable with { Message = $"data.{CertificateKey} holds no PEM CERTIFICATE block" };
            }

            return new TlsSecretStatus
            {
                Key = key,
                State = TlsSecretState.Read,
                NotBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime()),
                NotAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime()),
                Subject = certificate.Subject,
                Issuer = certificate.Issuer,
                DnsNames = DnsNames(certificate),
                ReferencedBy = referencedBy,
                FetchedAt = fetchedAt,
            };
        }
        catch (CryptographicException ex)
        {
            return unreadable with { Message = $"data.{CertificateKey} is not a valid certificate: {ex.Message}" };
        }
    }

    /// <summary>The first CERTIFICATE in a PEM bundle (the leaf, by convention), or a single DER certificate.</summary>
    private static X509Certificate2? LeafCertificate(byte[] bytes)
    {
        var text = Encoding.ASCII.GetString(bytes);
        if (PemEncoding.TryFind(text, out var fields))
        {
            var rest = text.AsSpan();
            while (PemEncoding.TryFind(rest, out fields))
            {
                if (rest[fields.Label].SequenceEqual("CERTIFICATE"))
                {
                    return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(rest[fields.Base64Data].ToString()));
                }

                rest = rest[fields.Location.End..];
            }

            return null;
        }

        return bytes.Length > 0 && bytes[0] == 0x30 ? X509CertificateLoader.LoadCertificate(bytes) : null;
    }

    private static IReadOnlyList<string> DnsNames(X509Certificate2 certificate) =>
        certificate.Extensions
            .Where(e => e.Oid?.Value == SubjectAlternativeNameOid)
            .SelectMany(e => (e as X509SubjectAlternativeNameExtension ?? new X509SubjectAlternativeNameExtension(e.RawData, e.Critical)).EnumerateDnsNames())
            .ToList();

    private static string TypeHint(JsonElement secret) =>
        secret.ValueKind == JsonValueKind.Object && secret.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && type.GetString() != "kubernetes.io/tls"
            ? $" (type {type.GetString()}, not kubernetes.io/tls)"
            : "";
}
