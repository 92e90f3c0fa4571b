namespace Dashboard.Core.GitOps;

/// <summary>A file a commit changed, relative to its first parent.</summary>
/// <param name="PreviousPath">The old path of a rename, else null.</param>
public sealed record ChangedFile(string Path, FileChangeKind Kind, int Additions = 0, int Deletions = 0, string? PreviousPath = null);
