using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>networking.k8s.io/v1 Ingress → <see cref="IngressTls"/>: only spec.tls (secret name and hosts).</summary>
public sealed class IngressMapper : ResourceMapperBase<IngressTls>
{
    public override ResourceKind Kind => ResourceKind.Ingress;

    private protected override IngressTls MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var entries = reader.Objects(spec, "tls")
            .Select(tls => new IngressTlsEntry(reader.NonEmptyString(tls, "secretName"), reader.Strings(tls, "hosts")))
            .ToList();
        return new IngressTls { Key = key, Tls = entries, UnreadableFields = reader.Unreadable };
    }

    private protected override IngressTls Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, UnreadableFields = fields };
}
