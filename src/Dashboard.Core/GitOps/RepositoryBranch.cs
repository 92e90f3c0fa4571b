namespace Dashboard.Core.GitOps;

/// <summary>One branch of one hosted repository: the unit the dashboard polls and shows.</summary>
public sealed record RepositoryBranch(GitRepositoryRef Repository, string Branch)
{
    public override string ToString() => $"{Repository.FullName}@{Branch}";
}
