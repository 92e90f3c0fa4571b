using Dashboard.Core.GitOps;

namespace Dashboard.Data.Tests;

/// <summary>A repository that only answers "recent commits", newest first, as settlement reads it.</summary>
internal sealed class HistoryOnlyGit(params CommitInfo[] commits) : IGitRepository
{
    public bool Unavailable { get; init; }

    public Task<IReadOnlyList<CommitInfo>> GetRecentCommitsAsync(GitRepositoryRef repository, string branch, int maxCount, string? path = null, CancellationToken cancellationToken = default) =>
        Unavailable
            ? throw new GitAccessException("GitHub: listing commits failed: HTTP 502", GitFailureKind.Unavailable)
            : Task.FromResult<IReadOnlyList<CommitInfo>>([.. commits.OrderByDescending(c => c.CommittedAt).Take(maxCount)]);

    public Task<string> GetBranchHeadAsync(GitRepositoryRef repository, string branch, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<CommitInfo>> GetCommitsBetweenAsync(GitRepositoryRef repository, string fromSha, string toSha, string? path, int maxCount = 100, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ChangedFile>> GetChangedFilesAsync(GitRepositoryRef repository, string sha, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<GitFile?> GetFileAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<GitTree?> GetTreeAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
