namespace Dashboard.Core.Cluster;

/// <summary>The TLS part of a networking.k8s.io/v1 Ingress: which secrets it serves for which hosts.</summary>
public sealed record IngressTls : IClusterItem
{
    public required ResourceKey Key { get; init; }

    public IReadOnlyList<IngressTlsEntry> Tls { get; init; } = [];

    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
