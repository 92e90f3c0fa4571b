using Dashboard.Core.GitOps;
using Octokit;

namespace Dashboard.Git.GitHub;

/// <summary><see cref="IPullRequestReader"/> over Octokit's <c>PullRequest.Get</c> (answered from the ETag cache when unchanged).</summary>
public sealed class GitHubPullRequestReader(IGitHubClient client) : IPullRequestReader
{
    public async Task<PullRequestState> GetPullRequestAsync(GitRepositoryRef repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        cancellationToken.ThrowIfCancellationRequested();
        PullRequest pull;
        try
        {
            pull = await client.PullRequest.Get(repository.Owner, repository.Name, number);
        }
        catch (Exception exception) when (exception is ApiException or HttpRequestException or GitHubBackoffException or TaskCanceledException)
        {
            throw GitHubErrors.ToAccessException(exception, repository, $"reading pull request #{number}");
        }

        var status = pull.Merged ? PullRequestStatus.Merged
            : pull.State.TryParse(out var state) && state == ItemState.Closed ? PullRequestStatus.Closed
            : PullRequestStatus.Open;
        // An open pull request's merge_commit_sha is GitHub's test merge: meaningful only once merged.
        return new PullRequestState(pull.Number, status, status == PullRequestStatus.Merged ? pull.MergeCommitSha : null, pull.HtmlUrl);
    }
}
