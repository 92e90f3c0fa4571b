namespace Dashboard.Kubernetes.Connection;

/// <summary>One configured cluster, as written under <c>Dashboard:Kubernetes:Clusters</c>.</summary>
public sealed record ClusterConnectionSettings(string? Name, string? Context, string? KubeconfigPath, bool InCluster);
