using Dashboard.Core.Cluster;

namespace Dashboard.Core.GitOps;

/// <summary>One commit of a branch and the apps it relates to.</summary>
/// <param name="RunningOn">Apps whose deployed revision is this commit.</param>
/// <param name="PendingFor">Apps this commit will change: it touches their path and comes after their deployed revision.</param>
/// <param name="ReachedBy">Apps it already changed: it touches their path and is at or before their deployed revision (the running ones excluded).</param>
public sealed record CommitLink(CommitInfo Commit, IReadOnlyList<AppStatus> RunningOn, IReadOnlyList<AppStatus> PendingFor, IReadOnlyList<AppStatus> ReachedBy);
