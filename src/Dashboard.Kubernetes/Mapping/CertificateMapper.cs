using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>cert-manager.io/v1 Certificate → <see cref="CertificateStatus"/>.</summary>
public sealed class CertificateMapper : ResourceMapperBase<CertificateStatus>
{
    public override ResourceKind Kind => ResourceKind.Certificate;

    private protected override CertificateStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var status = reader.Object(root, "status");
        var conditions = ConditionReader.Read(reader, status);
        var ready = ConditionReader.Find(conditions, "Ready");
        var issuing = ConditionReader.Find(conditions, "Issuing");

        return new CertificateStatus
        {
            Key = key,
            DnsNames = reader.Strings(spec, "dnsNames"),
            SecretName = reader.String(spec, "secretName"),
            Issuer = Issuer(reader, spec),
            NotBefore = reader.Time(status, "notBefore"),
            NotAfter = reader.Time(status, "notAfter"),
            RenewalTime = reader.Time(status, "renewalTime"),
            Ready = ready is null ? null : ready.IsTrue ? true : FluxReadiness.IsFalse(ready) ? false : null,
            ReadyReason = ready?.Reason,
            ReadyMessage = ready?.Message,
            Issuing = issuing is { IsTrue: true },
            FailedIssuanceAttempts = reader.Int(status, "failedIssuanceAttempts") ?? 0,
            LastFailureTime = reader.Time(status, "lastFailureTime"),
            Revision = reader.Int(status, "revision"),
            Conditions = conditions,
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override CertificateStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, UnreadableFields = fields };

    /// <summary>"ClusterIssuer/letsencrypt-prod"; cert-manager's default kind is Issuer.</summary>
    private static string? Issuer(FieldReader reader, JsonNode spec)
    {
        var issuerRef = reader.Object(spec, "issuerRef");
        var name = reader.String(issuerRef, "name");
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var kind = reader.String(issuerRef, "kind");
        return $"{(string.IsNullOrEmpty(kind) ? "Issuer" : kind)}/{name}";
    }
}
