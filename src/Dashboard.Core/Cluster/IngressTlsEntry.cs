namespace Dashboard.Core.Cluster;

/// <summary>One spec.tls[] entry of an Ingress. SecretName is null when the entry names none (the controller's default certificate).</summary>
public sealed record IngressTlsEntry(string? SecretName, IReadOnlyList<string> Hosts);
