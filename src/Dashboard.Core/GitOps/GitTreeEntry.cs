namespace Dashboard.Core.GitOps;

/// <summary>An entry of a tree listing.</summary>
/// <param name="Path">Path relative to the listed folder ('/'-separated).</param>
/// <param name="Mode">Git file mode as text: 100644, 100755, 040000, 120000, 160000.</param>
public sealed record GitTreeEntry(string Path, GitTreeEntryKind Kind, string Mode, string Sha);
