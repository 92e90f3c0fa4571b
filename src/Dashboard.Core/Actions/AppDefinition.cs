using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>The manifest that defines the app itself (Argo Application, Flux Kustomization/HelmRelease) in Git.</summary>
/// <param name="DocumentIndex">0-based document of the object within a multi-document file.</param>
public sealed record AppDefinition(GitRepositoryRef Repository, string Branch, string FilePath, int DocumentIndex);
