using Dashboard.Core.GitOps;
using Octokit;

namespace Dashboard.Git.GitHub;

/// <summary>
/// <see cref="IGitWriter"/> over the Git Data API: blobs → trees (only the edited folders) → a commit whose parent is
/// the planned base head → a non-force ref update. A moved head (before or at the update, 422) is a
/// <see cref="CommitResult.Conflict"/>; the caller re-plans. Identical content is <see cref="CommitResult.NoChange"/>.
/// </summary>
public sealed class GitHubCommitWriter(IGitHubClient client) : IGitWriter
{
    public async Task<CommitResult> CommitAsync(CommitPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var repository = plan.Repository;
        var step = "reading the branch head";
        try
        {
            var head = await client.Git.Reference.Get(repository.Owner, repository.Name, $"heads/{plan.Branch}");
            if (head.Object.Sha != plan.BaseHeadSha)
            {
                return new CommitResult.Conflict(plan.BaseHeadSha, head.Object.Sha);
            }

            step = "building the new tree";
            var (baseTree, newTree) = await BuildTreeAsync(plan);
            if (newTree == baseTree)
            {
                return new CommitResult.NoChange(plan.BaseHeadSha);
            }

            step = "creating the commit";
            var commit = await client.Git.Commit.Create(repository.Owner, repository.Name, new NewCommit(plan.FullMessage, newTree, plan.BaseHeadSha));
            step = "moving the branch";
            try
            {
                await client.Git.Reference.Update(repository.Owner, repository.Name, $"heads/{plan.Branch}", new ReferenceUpdate(commit.Sha, force: false));
            }
            catch (ApiValidationException)
            {
                // "Update is not a fast forward": someone pushed between our read and our update.
                return new CommitResult.Conflict(plan.BaseHeadSha, await TryReadHeadAsync(plan));
            }

            return new CommitResult.Committed(commit.Sha);
        }
        catch (Exception exception) when (IsFailure(exception))
        {
            return Failed(plan, step, exception);
        }
    }

    public async Task<CommitResult> OpenPullRequestAsync(CommitPlan plan, PullRequestPlan pullRequest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pullRequest);
        var repository = plan.Repository;
        var step = "building the new tree";
        try
        {
            var (baseTree, newTree) = await BuildTreeAsync(plan);
            if (newTree == baseTree)
            {
                return new CommitResult.NoChange(plan.BaseHeadSha);
            }

            step = "creating the commit";
            var commit = await client.Git.Commit.Create(repository.Owner, repository.Name, new NewCommit(plan.FullMessage, newTree, plan.BaseHeadSha));
            step = $"creating branch '{pullRequest.HeadBranch}'";
            await client.Git.Reference.Create(repository.Owner, repository.Name, new NewReference($"refs/heads/{pullRequest.HeadBranch}", commit.Sha));
            step = "opening the pull request";
            var created = await client.PullRequest.Create(repository.Owner, repository.Name,
                new NewPullRequest(pullRequest.Title, pullRequest.HeadBranch, plan.Branch) { Body = pullRequest.Body ?? plan.FullMessage });
            return new CommitResult.PullRequestOpened(created.HtmlUrl, created.Number, commit.Sha);
        }
        catch (Exception exception) when (IsFailure(exception))
        {
            return Failed(plan, step, exception);
        }
    }

    private async Task<(string BaseTree, string NewTree)> BuildTreeAsync(CommitPlan plan)
    {
        var baseCommit = await client.Git.Commit.Get(plan.Repository.Owner, plan.Repository.Name, plan.BaseHeadSha);
        var newTree = await new TreeRewriter(client, plan.Repository).ApplyAsync(baseCommit.Tree.Sha, plan.Edits);
        return (baseCommit.Tree.Sha, newTree);
    }

    private async Task<string?> TryReadHeadAsync(CommitPlan plan)
    {
        try
        {
            return (await client.Git.Reference.Get(plan.Repository.Owner, plan.Repository.Name, $"heads/{plan.Branch}")).Object.Sha;
        }
        catch (Exception exception) when (IsFailure(exception))
        {
            return null;
        }
    }

    private static bool IsFailure(Exception exception) =>
        exception is ApiException or HttpRequestException or GitHubBackoffException or ArgumentException or InvalidOperationException or TaskCanceledException;

    private static CommitResult.Failed Failed(CommitPlan plan, string step, Exception exception) =>
        new($"GitHub: {step} on {plan.Repository} branch '{plan.Branch}' failed: {GitHubErrors.Describe(exception)}");
}
