namespace Dashboard.Core.Cluster;

/// <summary>
/// Facts read from the leaf certificate in a TLS secret's tls.crt. Only these facts are kept: never the
/// secret's bytes. Key.Name is the secret name; ReferencedBy says which Certificates and Ingresses name it.
/// </summary>
public sealed record TlsSecretStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }

    public TlsSecretState State { get; init; } = TlsSecretState.Pending;

    /// <summary>Why the state is not Read: the error, or the RBAC rule to add on 403.</summary>
    public string? Message { get; init; }

    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? NotAfter { get; init; }
    public string? Subject { get; init; }
    public string? Issuer { get; init; }
    public IReadOnlyList<string> DnsNames { get; init; } = [];

    /// <summary>"Certificate/name" or "Ingress/name" of every object in the same namespace that names this secret.</summary>
    public IReadOnlyList<string> ReferencedBy { get; init; } = [];

    public DateTimeOffset? FetchedAt { get; init; }

    public bool IsReferencedByCertificate => ReferencedBy.Any(r => r.StartsWith("Certificate/", StringComparison.Ordinal));
}
