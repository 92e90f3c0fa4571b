using Dashboard.Core.GitOps;

namespace Dashboard.Git.GitHub;

/// <summary>
/// The Git reader and writer over the process's one <see cref="GitHubConnection"/>, created on the
/// first call rather than when a consumer is constructed: in sandbox mode the GitHub emulator's
/// address exists only after the sandbox has started.
/// </summary>
public sealed class DeferredGitHub : IGitRepository, IGitWriter, IPullRequestReader
{
    private readonly Lazy<GitHubConnection> _connection;
    private readonly Lazy<GitHubCommitWriter> _writer;
    private readonly Lazy<GitHubPullRequestReader> _pulls;

    public DeferredGitHub(Func<GitHubConnection> connect)
    {
        _connection = new Lazy<GitHubConnection>(connect);
        _writer = new Lazy<GitHubCommitWriter>(() => new GitHubCommitWriter(_connection.Value.Client));
        _pulls = new Lazy<GitHubPullRequestReader>(() => new GitHubPullRequestReader(_connection.Value.Client));
    }

    private GitHubRepositoryReader Reader => _connection.Value.Reader;

    public Task<string> GetBranchHeadAsync(GitRepositoryRef repository, string branch, CancellationToken cancellationToken = default) =>
        Reader.GetBranchHeadAsync(repository, branch, cancellationToken);

    public Task<IReadOnlyList<CommitInfo>> GetRecentCommitsAsync(GitRepositoryRef repository, string branch, int maxCount, string? path = null, CancellationToken cancellationToken = default) =>
        Reader.GetRecentCommitsAsync(repository, branch, maxCount, path, cancellationToken);

    public Task<IReadOnlyList<CommitInfo>> GetCommitsBetweenAsync(GitRepositoryRef repository, string fromSha, string toSha, string? path, int maxCount = 100, CancellationToken cancellationToken = default) =>
        Reader.GetCommitsBetweenAsync(repository, fromSha, toSha, path, maxCount, cancellationToken);

    public Task<IReadOnlyList<ChangedFile>> GetChangedFilesAsync(GitRepositoryRef repository, string sha, CancellationToken cancellationToken = default) =>
        Reader.GetChangedFilesAsync(repository, sha, cancellationToken);

    public Task<GitFile?> GetFileAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) =>
        Reader.GetFileAsync(repository, path, revision, cancellationToken);

    public Task<GitTree?> GetTreeAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) =>
        Reader.GetTreeAsync(repository, path, revision, cancellationToken);

    public Task<CommitResult> CommitAsync(CommitPlan plan, CancellationToken cancellationToken = default) =>
        _writer.Value.CommitAsync(plan, cancellationToken);

    public Task<CommitResult> OpenPullRequestAsync(CommitPlan plan, PullRequestPlan pullRequest, CancellationToken cancellationToken = default) =>
        _writer.Value.OpenPullRequestAsync(plan, pullRequest, cancellationToken);

    public Task<PullRequestState> GetPullRequestAsync(GitRepositoryRef repository, int number, CancellationToken cancellationToken = default) =>
        _pulls.Value.GetPullRequestAsync(repository, number, cancellationToken);
}
