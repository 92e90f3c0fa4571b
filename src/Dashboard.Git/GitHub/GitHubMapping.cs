using Dashboard.Core.GitOps;
using Octokit;

namespace Dashboard.Git.GitHub;

/// <summary>Octokit models → Core records.</summary>
internal static class GitHubMapping
{
    public static CommitInfo ToCommitInfo(GitHubCommit commit) => new(
        commit.Sha,
        commit.Parents?.Select(p => p.Sha).ToArray() ?? [],
        commit.Commit?.Author?.Name ?? string.Empty,
        commit.Commit?.Author?.Email ?? string.Empty,
        commit.Commit?.Committer?.Date ?? commit.Commit?.Author?.Date ?? DateTimeOffset.MinValue,
        commit.Commit?.Message ?? string.Empty,
        commit.Files?.Select(f => f.Filename).ToArray());

    public static ChangedFile ToChangedFile(GitHubCommitFile file) => new(
        file.Filename,
        file.Status switch
        {
            "added" => FileChangeKind.Added,
            "removed" => FileChangeKind.Removed,
            "modified" => FileChangeKind.Modified,
            "renamed" => FileChangeKind.Renamed,
            _ => FileChangeKind.Other,
        },
        file.Additions,
        file.Deletions,
        string.IsNullOrEmpty(file.PreviousFileName) ? null : file.PreviousFileName);

    public static GitTreeEntryKind ToKind(TreeType type) => type switch
    {
        TreeType.Tree => GitTreeEntryKind.Tree,
        TreeType.Commit => GitTreeEntryKind.Submodule,
        _ => GitTreeEntryKind.Blob,
    };
}
