namespace Dashboard.Core.GitOps;

/// <summary>A branch to poll, the URL it was found under, and the apps/sources that deploy from it.</summary>
/// <param name="UsedBy">Readable names of what deploys from it ("ArgoApplication argocd/whoami"); empty for configured extras.</param>
/// <param name="PullRequestMode">Configured: actions open a pull request instead of committing to the branch.</param>
public sealed record RepositoryTarget(RepositoryBranch Key, string Url, IReadOnlyList<string> UsedBy, bool PullRequestMode = false);
