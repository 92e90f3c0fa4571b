using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.GitOps;

namespace Dashboard.Core.Tests.Actions;

/// <summary>An in-memory repository: revisions are snapshots of path → text; one branch head.</summary>
internal sealed class FakeGitRepository(ActionEvents events) : IGitRepository
{
    private readonly Dictionary<string, Dictionary<string, string>> _revisions = new(StringComparer.Ordinal);
    private int _counter;

    public string Head { get; private set; } = "";

    public List<CommitInfo> Commits { get; } = [];

    public int HeadReads { get; private set; }

    public string AddRevision(IDictionary<string, string> files, bool moveHead = true)
    {
        var sha = Sha($"revision {++_counter}");
        _revisions[sha] = new Dictionary<string, string>(files, StringComparer.Ordinal);
        if (moveHead)
        {
            Head = sha;
        }

        return sha;
    }

    /// <summary>Someone else pushes: a new head with one extra file.</summary>
    public string PushForeign() => AddRevision(new Dictionary<string, string>(_revisions[Head]) { [$"notes/{_counter}.txt"] = "foreign\n" });

    public IReadOnlyDictionary<string, string> FilesAt(string sha) => _revisions[sha];

    public Task<string> GetBranchHeadAsync(GitRepositoryRef repository, string branch, CancellationToken cancellationToken = default)
    {
        HeadReads++;
        events.Add("read-head");
        return Task.FromResult(Head);
    }

    public Task<IReadOnlyList<CommitInfo>> GetRecentCommitsAsync(GitRepositoryRef repository, string branch, int maxCount, string? path = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CommitInfo>>([.. Commits.Take(maxCount)]);

    public Task<IReadOnlyList<CommitInfo>> GetCommitsBetweenAsync(GitRepositoryRef repository, string fromSha, string toSha, string? path, int maxCount = 100, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ChangedFile>> GetChangedFilesAsync(GitRepositoryRef repository, string sha, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<GitFile?> GetFileAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) =>
        Task.FromResult(Files(revision).TryGetValue(path, out var text) ? new GitFile(path, Sha(text), Encoding.UTF8.GetBytes(text)) : null);

    public Task<GitTree?> GetTreeAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default)
    {
        var prefix = path + "/";
        var entries = Files(revision).Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(f => new GitTreeEntry(f.Key[prefix.Length..], GitTreeEntryKind.Blob, "100644", Sha(f.Value)))
            .ToList();
        return Task.FromResult(entries.Count == 0 ? null : new GitTree(path, Sha(path + revision), entries));
    }

    private Dictionary<string, string> Files(string revision) =>
        _revisions.TryGetValue(revision, out var files)
            ? files
            : throw new GitAccessException($"No commit {revision}.", GitFailureKind.NotFound);

    public static string Sha(string text) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
}
