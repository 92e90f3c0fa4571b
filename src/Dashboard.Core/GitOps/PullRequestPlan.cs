namespace Dashboard.Core.GitOps;

/// <summary>How to open a pull request instead of committing to a protected branch.</summary>
/// <param name="HeadBranch">The new branch that receives the commit (must not exist yet).</param>
public sealed record PullRequestPlan(string HeadBranch, string Title, string? Body = null);
