namespace Dashboard.Core.GitOps;

/// <summary>Asks for a poll now instead of at the next interval (a push webhook, a commit the dashboard made).</summary>
public interface IRepositoryRefresher
{
    /// <summary>Refreshes <paramref name="branch"/> of <paramref name="repository"/>, or all its branches when null; returns false when it is not watched.</summary>
    bool RequestRefresh(GitRepositoryRef repository, string? branch = null);
}
