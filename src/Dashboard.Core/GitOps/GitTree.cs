namespace Dashboard.Core.GitOps;

/// <summary>The recursive listing of one folder at one revision.</summary>
/// <param name="Path">The folder, '' for the repository root.</param>
/// <param name="Sha">Tree SHA of that folder.</param>
/// <param name="Truncated">True when the server cut the listing short (very large trees).</param>
public sealed record GitTree(string Path, string Sha, IReadOnlyList<GitTreeEntry> Entries, bool Truncated = false);
