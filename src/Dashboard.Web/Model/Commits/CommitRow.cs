using Dashboard.Core.GitOps;

namespace Dashboard.Web.Model.Commits;

/// <summary>One commit of a branch section: the first few changed paths and the app chips.</summary>
/// <param name="ShownPaths">The first few changed paths; null when the source did not report them.</param>
/// <param name="MorePaths">How many changed paths are not shown.</param>
public sealed record CommitRow(CommitInfo Commit, IReadOnlyList<string>? ShownPaths, int MorePaths, IReadOnlyList<AppChip> Apps);
