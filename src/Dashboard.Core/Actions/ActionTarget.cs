using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>Where an action commits: repository, branch, and the path (folder or file) it changes.</summary>
/// <param name="DocumentIndex">For a single-file edit of a multi-document file, the document; else null.</param>
public sealed record ActionTarget(GitRepositoryRef Repository, string Branch, string Path, int? DocumentIndex = null);
