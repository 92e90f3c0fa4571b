using Dashboard.Core.GitOps;

namespace Dashboard.Web.Hosting;

/// <summary>Stands in for the Git host until one is configured: every read fails with a sentence that says so.</summary>
internal sealed class UnconfiguredGit : IGitRepository, IGitWriter
{
    private const string Message = "No Git host is configured for this dashboard, so it cannot read or write repositories.";

    public Task<string> GetBranchHeadAsync(GitRepositoryRef repository, string branch, CancellationToken cancellationToken = default) => Fail<string>();

    public Task<IReadOnlyList<CommitInfo>> GetRecentCommitsAsync(GitRepositoryRef repository, string branch, int maxCount, string? path = null, CancellationToken cancellationToken = default) =>
        Fail<IReadOnlyList<CommitInfo>>();

    public Task<IReadOnlyList<CommitInfo>> GetCommitsBetweenAsync(GitRepositoryRef repository, string fromSha, string toSha, string? path, int maxCount = 100, CancellationToken cancellationToken = default) =>
        Fail<IReadOnlyList<CommitInfo>>();

    public Task<IReadOnlyList<ChangedFile>> GetChangedFilesAsync(GitRepositoryRef repository, string sha, CancellationToken cancellationToken = default) =>
        Fail<IReadOnlyList<ChangedFile>>();

    public Task<GitFile?> GetFileAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) => Fail<GitFile?>();

    public Task<GitTree?> GetTreeAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) => Fail<GitTree?>();

    public Task<CommitResult> CommitAsync(CommitPlan plan, CancellationToken cancellationToken = default) =>
        Task.FromResult<CommitResult>(new CommitResult.Failed(Message));

    public Task<CommitResult> OpenPullRequestAsync(CommitPlan plan, PullRequestPlan pullRequest, CancellationToken cancellationToken = default) =>
        Task.FromResult<CommitResult>(new CommitResult.Failed(Message));

    private static Task<T> Fail<T>() => Task.FromException<T>(new GitAccessException(Message, GitFailureKind.Unavailable));
}
