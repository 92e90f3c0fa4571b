namespace Dashboard.Git.Editing;

/// <summary>What a version-like field pins.</summary>
public enum VersionFieldKind
{
    /// <summary>A container image tag or digest (a whole <c>image:</c> string, a values <c>tag</c>, a kustomize <c>newTag</c>).</summary>
    ImageTag,

    /// <summary>A Helm chart version (HelmRelease, OCIRepository ref, Argo Helm source, Chart.yaml, kustomize helmCharts).</summary>
    ChartVersion,

    /// <summary>A Git revision (Argo git source <c>targetRevision</c>, Flux GitRepository <c>ref</c>).</summary>
    TargetRevision,
}
