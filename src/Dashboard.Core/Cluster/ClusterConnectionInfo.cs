namespace Dashboard.Core.Cluster;

/// <summary>What the pages may know about a cluster connection: never credentials.</summary>
/// <param name="Name">The cluster's display name, shown on every page.</param>
/// <param name="Server">API server URL.</param>
/// <param name="Context">kubeconfig context, when the connection came from one.</param>
public sealed record ClusterConnectionInfo(string Name, ConnectionKind Kind, string Server, string? Context);
