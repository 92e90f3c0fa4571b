namespace Dashboard.Core.GitOps;

/// <summary>Reads the state of a pull request the dashboard opened. Failures throw <see cref="GitAccessException"/>.</summary>
public interface IPullRequestReader
{
    Task<PullRequestState> GetPullRequestAsync(GitRepositoryRef repository, int number, CancellationToken cancellationToken = default);
}
