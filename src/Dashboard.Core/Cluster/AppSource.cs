namespace Dashboard.Core.Cluster;

/// <summary>Where an app's manifests come from: the repository, the path in it and the revision to follow.</summary>
/// <param name="RepoUrl">Git URL as written in the spec (https or ssh form).</param>
/// <param name="Path">Path inside the repository; empty for the root or for Helm charts from a Helm repository.</param>
/// <param name="TargetRevision">Branch, tag or SHA the controller follows (Argo targetRevision, Flux ref).</param>
/// <param name="Chart">Helm chart name when the source is a chart, else null.</param>
/// <param name="SourceRef">For Flux: the referenced source object ("GitRepository/flux-system/flux-system").</param>
public sealed record AppSource(string RepoUrl, string Path, string TargetRevision, string? Chart = null, string? SourceRef = null);
