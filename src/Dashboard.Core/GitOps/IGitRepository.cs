namespace Dashboard.Core.GitOps;

/// <summary>
/// Reads a hosted Git repository. Failures throw <see cref="GitAccessException"/>; a missing file or folder
/// is not a failure (null). Implementations may answer repeated reads from a conditional-request cache.
/// </summary>
public interface IGitRepository
{
    /// <summary>SHA the branch points at.</summary>
    Task<string> GetBranchHeadAsync(GitRepositoryRef repository, string branch, CancellationToken cancellationToken = default);

    /// <summary>Newest first, at most <paramref name="maxCount"/> commits reachable from <paramref name="branch"/>, optionally only those touching <paramref name="path"/>.</summary>
    Task<IReadOnlyList<CommitInfo>> GetRecentCommitsAsync(
        GitRepositoryRef repository, string branch, int maxCount, string? path = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The "pending" commits of an app: reachable from <paramref name="toSha"/> but not from <paramref name="fromSha"/>
    /// that touch <paramref name="path"/> (all when null or empty), oldest first, at most <paramref name="maxCount"/> (the newest kept).
    /// </summary>
    Task<IReadOnlyList<CommitInfo>> GetCommitsBetweenAsync(
        GitRepositoryRef repository, string fromSha, string toSha, string? path, int maxCount = 100, CancellationToken cancellationToken = default);

    /// <summary>Files the commit changed relative to its first parent.</summary>
    Task<IReadOnlyList<ChangedFile>> GetChangedFilesAsync(GitRepositoryRef repository, string sha, CancellationToken cancellationToken = default);

    /// <summary>The file at <paramref name="path"/> at <paramref name="revision"/> (SHA, branch or tag), or null when there is no such file.</summary>
    Task<GitFile?> GetFileAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default);

    /// <summary>The recursive tree of folder <paramref name="path"/> ('' = root) at <paramref name="revision"/>, or null when there is no such folder.</summary>
    Task<GitTree?> GetTreeAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default);
}
