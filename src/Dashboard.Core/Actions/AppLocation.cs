using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>Where an app's manifests live in Git: repository, the branch the controller follows, and the folder.</summary>
/// <param name="Path">Normalized folder ('' = repository root).</param>
public sealed record AppLocation(GitRepositoryRef Repository, string Branch, string Path);
