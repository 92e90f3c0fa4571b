namespace Dashboard.Core.GitOps;

/// <summary>For one app: what it runs and the commits on its branch that touch its path and are not deployed yet.</summary>
/// <param name="Pending">Newest first.</param>
/// <param name="RevisionInWindow">False when the deployed revision is older than the commits the dashboard keeps (or unknown): then every touching commit counts as pending.</param>
public sealed record AppPendingCommits(AppDeployment Deployment, string? DeployedRevision, string? Head, IReadOnlyList<CommitInfo> Pending, bool RevisionInWindow)
{
    public bool UpToDate => Pending.Count == 0;
}
