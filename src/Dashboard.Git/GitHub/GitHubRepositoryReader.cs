using Dashboard.Core.GitOps;
using Octokit;

namespace Dashboard.Git.GitHub;

/// <summary>
/// <see cref="IGitRepository"/> over GitHub's REST API. Use a client from <see cref="GitHubClientFactory"/> so repeated
/// polls are conditional requests (304, no rate-limit cost) and rate limits are backed off.
/// </summary>
public sealed class GitHubRepositoryReader(IGitHubClient client) : IGitRepository
{
    private const int MaxPageSize = 100;
    private const int MaxPathScanPages = 5;

    public async Task<string> GetBranchHeadAsync(GitRepositoryRef repository, string branch, CancellationToken cancellationToken = default)
    {
        var reference = await Call(repository, $"reading the head of branch '{branch}'",
            () => client.Git.Reference.Get(repository.Owner, repository.Name, $"heads/{branch}"));
        return reference.Object.Sha;
    }

    public async Task<IReadOnlyList<CommitInfo>> GetRecentCommitsAsync(
        GitRepositoryRef repository, string branch, int maxCount, string? path = null, CancellationToken cancellationToken = default)
    {
        if (maxCount <= 0)
        {
            return [];
        }

        var pageSize = Math.Min(maxCount, MaxPageSize);
        var options = new ApiOptions { PageSize = pageSize, PageCount = (maxCount + pageSize - 1) / pageSize, StartPage = 1 };
        var request = new CommitRequest { Sha = branch, Path = string.IsNullOrEmpty(path) ? null : path };
        var commits = await Call(repository, $"listing commits of '{branch}'",
            () => client.Repository.Commit.GetAll(repository.Owner, repository.Name, request, options));
        return commits.Take(maxCount).Select(GitHubMapping.ToCommitInfo).ToArray();
    }

    public async Task<IReadOnlyList<CommitInfo>> GetCommitsBetweenAsync(
        GitRepositoryRef repository, string fromSha, string toSha, string? path, int maxCount = 100, CancellationToken cancellationToken = default)
    {
        var comparison = await Call(repository, $"comparing {Short(fromSha)}...{Short(toSha)}",
            () => client.Repository.Commit.Compare(repository.Owner, repository.Name, fromSha, toSha));
        if (comparison.AheadBy == 0 || comparison.Commits is null)
        {
            return [];
        }

        var ahead = comparison.Commits.Select(GitHubMapping.ToCommitInfo).ToList();
        if (string.IsNullOrEmpty(path))
        {
            return ahead.TakeLast(maxCount).ToArray();
        }

        // The compare endpoint has no path filter: list the path's history from toSha and keep the commits that are ahead.
        var aheadShas = ahead.Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
        var touching = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= MaxPathScanPages; page++)
        {
            var options = new ApiOptions { PageSize = MaxPageSize, PageCount = 1, StartPage = page };
            var request = new CommitRequest { Sha = toSha, Path = path };
            var commits = await Call(repository, $"listing commits of '{path}'",
                () => client.Repository.Commit.GetAll(repository.Owner, repository.Name, request, options));
            touching.UnionWith(commits.Select(c => c.Sha).Where(aheadShas.Contains));
            if (commits.Count < MaxPageSize || commits.Any(c => !aheadShas.Contains(c.Sha)) || touching.Count == aheadShas.Count)
            {
                break;
            }
        }

        return ahead.Where(c => touching.Contains(c.Sha)).TakeLast(maxCount).ToArray();
    }

    public async Task<IReadOnlyList<ChangedFile>> GetChangedFilesAsync(GitRepositoryRef repository, string sha, CancellationToken cancellationToken = default)
    {
        var commit = await Call(repository, $"reading commit {Short(sha)}",
            () => client.Repository.Commit.Get(repository.Owner, repository.Name, sha));
        return commit.Files?.Select(GitHubMapping.ToChangedFile).ToArray() ?? [];
    }

    public async Task<GitFile?> GetFileAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default)
    {
        var normalized = FileEdit.Normalize(path);
        IReadOnlyList<RepositoryContent> contents;
        try
        {
            contents = await client.Repository.Content.GetAllContentsByRef(repository.Owner, repository.Name, normalized, revision);
        }
        catch (NotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is ApiException or HttpRequestException or GitHubBackoffException)
        {
            throw GitHubErrors.ToAccessException(exception, repository, $"reading {normalized} at {Short(revision)}");
        }

        if (contents.Count != 1 || contents[0].Type.Value != ContentType.File || contents[0].Path != normalized)
        {
            return null;
        }

        var file = contents[0];
        var base64 = file.EncodedContent;
        if (string.IsNullOrEmpty(base64) && file.Size > 0)
        {
            // Over 1 MB the contents API leaves the content out; the blob API still has it.
            var blob = await Call(repository, $"reading blob {Short(file.Sha)}", () => client.Git.Blob.Get(repository.Owner, repository.Name, file.Sha));
            base64 = blob.Content;
        }

        return new GitFile(normalized, file.Sha, Convert.FromBase64String(base64 ?? string.Empty));
    }

    public async Task<GitTree?> GetTreeAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default)
    {
        var normalized = FileEdit.Normalize(path);
        var treeSha = await FindTreeShaAsync(repository, normalized, revision);
        if (treeSha is null)
        {
            return null;
        }

        var tree = await Call(repository, $"reading the tree of '{normalized}' at {Short(revision)}",
            () => client.Git.Tree.GetRecursive(repository.Owner, repository.Name, treeSha));
        var entries = tree.Tree.Select(i => new GitTreeEntry(i.Path, GitHubMapping.ToKind(i.Type.Value), i.Mode, i.Sha)).ToArray();
        return new GitTree(normalized, tree.Sha, entries, tree.Truncated);
    }

    /// <summary>The tree SHA of folder <paramref name="path"/> at <paramref name="revision"/>, walking one level per segment; null when absent.</summary>
    internal async Task<string?> FindTreeShaAsync(GitRepositoryRef repository, string path, string revision)
    {
        var commit = await Call(repository, $"resolving {Short(revision)}", () => client.Repository.Commit.Get(repository.Owner, repository.Name, revision));
        var sha = commit.Commit.Tree.Sha;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var tree = await Call(repository, $"reading a tree of {Short(revision)}", () => client.Git.Tree.Get(repository.Owner, repository.Name, sha));
            var entry = tree.Tree.FirstOrDefault(i => i.Path == segment && i.Type.Value == TreeType.Tree);
            if (entry is null)
            {
                return null;
            }

            sha = entry.Sha;
        }

        return sha;
    }

    private static string Short(string sha) => sha.Length == 40 ? sha[..7] : sha;

    private static async Task<T> Call<T>(GitRepositoryRef repository, string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is ApiException or HttpRequestException or GitHubBackoffException or TaskCanceledException)
        {
            throw GitHubErrors.ToAccessException(exception, repository, what);
        }
    }
}
