namespace Dashboard.Core.Cluster;

/// <summary>A Kubernetes-style condition (Flux, cert-manager, Longhorn) or an Argo CD condition (Status is empty there).</summary>
public sealed record Condition(
    string Type,
    string Status,
    string? Reason,
    string? Message,
    DateTimeOffset? LastTransitionTime)
{
    public bool IsTrue => string.Equals(Status, "True", StringComparison.OrdinalIgnoreCase);
}
