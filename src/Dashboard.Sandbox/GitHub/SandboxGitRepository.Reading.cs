using System.Text;
using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary>In-process reads for the simulated controllers (cheap: no HTTP, no rate limit).</summary>
public sealed partial class SandboxGitRepository
{
    /// <summary>Files that differ between two commits; null when <paramref name="fromSha"/> is not a commit of this repository.</summary>
    public IReadOnlyList<string>? ChangedPaths(string? fromSha, string toSha)
    {
        lock (Gate)
        {
            var to = GitHistory.ResolveCommit(Repository, toSha) ?? throw new KeyNotFoundException($"No commit '{toSha}' in {Identity.FullName}.");
            var from = GitHistory.ResolveCommit(Repository, fromSha);
            if (from is null)
            {
                return null;
            }

            return Repository.Diff.Compare<TreeChanges>(from.Tree, to.Tree)
                .SelectMany(c => c.Status == ChangeKind.Renamed ? new[] { c.OldPath, c.Path } : [c.Path])
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>Text of the file at <paramref name="path"/> in commit <paramref name="sha"/>, or null when absent.</summary>
    public string? ReadFile(string sha, string path)
    {
        lock (Gate)
        {
            var entry = GitHistory.ResolveCommit(Repository, sha)?[path.Trim('/')];
            return entry?.Target is Blob blob ? blob.GetContentText(Encoding.UTF8) : null;
        }
    }

    /// <summary>Every file path in commit <paramref name="sha"/> (empty when unknown).</summary>
    public IReadOnlyList<string> ListFiles(string sha)
    {
        lock (Gate)
        {
            var commit = GitHistory.ResolveCommit(Repository, sha);
            var files = new List<string>();
            if (commit is not null)
            {
                Collect(commit.Tree, string.Empty, files);
            }

            return files;
        }
    }

    /// <summary>True when <paramref name="path"/> is a folder in commit <paramref name="sha"/> ('' is the root).</summary>
    public bool IsDirectory(string sha, string path)
    {
        lock (Gate)
        {
            var commit = GitHistory.ResolveCommit(Repository, sha);
            var normalized = path.Trim('/');
            return commit is not null && (normalized.Length == 0 || commit[normalized]?.TargetType == TreeEntryTargetType.Tree);
        }
    }

    private static void Collect(Tree tree, string prefix, List<string> files)
    {
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            if (entry.Target is Tree child)
            {
                Collect(child, path + "/", files);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob)
            {
                files.Add(path);
            }
        }
    }
}
