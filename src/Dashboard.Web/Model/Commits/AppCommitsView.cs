using Dashboard.Core.GitOps;

namespace Dashboard.Web.Model.Commits;

/// <summary>What the app page says about an app's commits: pending ones, up to date, or why it cannot tell.</summary>
/// <param name="Pending">The commits, newest first; empty when up to date or unknown.</param>
/// <param name="CannotTell">Why the dashboard cannot say (repository not readable, a Helm repository…); null when it can.</param>
/// <param name="Warning">A caveat next to a known answer (the last poll failed, the deployed revision is older than the commits kept).</param>
public sealed record AppCommitsView(
    RepositoryBranch? Branch,
    string? Path,
    string? DeployedRevision,
    string? Head,
    IReadOnlyList<CommitInfo> Pending,
    string? CannotTell,
    string? Warning = null)
{
    public bool UpToDate => CannotTell is null && Pending.Count == 0;

    public static AppCommitsView Unknown(string reason, RepositoryBranch? branch = null, string? path = null, string? deployed = null) =>
        new(branch, path, deployed, null, [], reason);
}
