namespace Dashboard.Core.Cluster;

/// <summary>The GitOps controller that deploys an app.</summary>
public enum Controller
{
    ArgoCD,
    Flux,
}
