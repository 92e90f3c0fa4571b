namespace Dashboard.Core.Cluster;

/// <summary>A cert-manager Certificate (or a plain TLS secret) with what matters for expiry.</summary>
public sealed record CertificateStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }
    public IReadOnlyList<string> DnsNames { get; init; } = [];
    public string? SecretName { get; init; }

    /// <summary>"ClusterIssuer/letsencrypt-prod" style.</summary>
    public string? Issuer { get; init; }

    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? NotAfter { get; init; }
    public DateTimeOffset? RenewalTime { get; init; }

    /// <summary>Ready condition: null when the object has no status yet.</summary>
    public bool? Ready { get; init; }
    public string? ReadyReason { get; init; }
    public string? ReadyMessage { get; init; }

    /// <summary>Issuing=True means cert-manager is (re)issuing now.</summary>
    public bool Issuing { get; init; }
    public int FailedIssuanceAttempts { get; init; }
    public DateTimeOffset? LastFailureTime { get; init; }

    /// <summary>status.revision: bumped by cert-manager on every issuance, so a change means the secret was rewritten.</summary>
    public int? Revision { get; init; }

    public IReadOnlyList<Condition> Conditions { get; init; } = [];
    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
