using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary>Repository queries shared by the endpoints. Callers hold the repository gate.</summary>
internal static class GitHistory
{
    /// <summary>A commit by SHA, branch, tag or ref name; null when unknown or not a valid spec.</summary>
    public static Commit? ResolveCommit(Repository repository, string? revision)
    {
        if (string.IsNullOrWhiteSpace(revision))
        {
            return null;
        }

        try
        {
            return repository.Lookup(revision) switch
            {
                Commit commit => commit,
                TagAnnotation tag => tag.Target as Commit,
                _ => null,
            };
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    /// <summary>Commits reachable from <paramref name="head"/>, newest first (topological, then by time), touching <paramref name="path"/> when given.</summary>
    public static IEnumerable<Commit> Log(Repository repository, Commit head, string? path, DateTimeOffset? since = null, DateTimeOffset? until = null)
    {
        var filter = new CommitFilter { IncludeReachableFrom = head, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time };
        var normalized = string.IsNullOrEmpty(path) ? null : path.Trim('/');
        return repository.Commits.QueryBy(filter)
            .Where(c => (since is null || c.Committer.When >= since) && (until is null || c.Committer.When <= until))
            .Where(c => normalized is null || Touches(c, normalized));
    }

    /// <summary>True when the entry at <paramref name="path"/> differs from the first parent's (or the commit is a root that has it).</summary>
    public static bool Touches(Commit commit, string path)
    {
        var mine = commit[path]?.Target.Sha;
        var parent = commit.Parents.FirstOrDefault();
        var theirs = parent?[path]?.Target.Sha;
        return !string.Equals(mine, theirs, StringComparison.Ordinal);
    }

    /// <summary>GitHub's <c>files[]</c> for the change from <paramref name="oldTree"/> to <paramref name="newTree"/>, with unified hunks and totals.</summary>
    public static (IReadOnlyList<object> Files, int Additions, int Deletions) Files(Repository repository, GitHubApiRequest request, Tree? oldTree, Tree newTree, string headSha)
    {
        var patch = repository.Diff.Compare<Patch>(oldTree, newTree);
        var files = new List<object>();
        foreach (var change in patch)
        {
            var status = change.Status switch
            {
                ChangeKind.Added => "added",
                ChangeKind.Deleted => "removed",
                ChangeKind.Renamed => "renamed",
                ChangeKind.Copied => "copied",
                ChangeKind.Modified => "modified",
                _ => "changed",
            };
            var entry = new Dictionary<string, object?>
            {
                ["sha"] = change.Status == ChangeKind.Deleted ? change.OldOid.Sha : change.Oid.Sha,
                ["filename"] = change.Path,
                ["status"] = status,
                ["additions"] = change.LinesAdded,
                ["deletions"] = change.LinesDeleted,
                ["changes"] = change.LinesAdded + change.LinesDeleted,
                ["blob_url"] = $"{request.RepoHtml}blob/{headSha}/{change.Path}",
                ["raw_url"] = $"{request.RepoHtml}raw/{headSha}/{change.Path}",
                ["contents_url"] = $"{request.RepoApi}contents/{change.Path}?ref={headSha}",
                ["patch"] = Hunks(change.Patch),
            };
            if (change.Status == ChangeKind.Renamed)
            {
                entry["previous_filename"] = change.OldPath;
            }

            files.Add(entry);
        }

        return (files, patch.LinesAdded, patch.LinesDeleted);
    }

    /// <summary>GitHub's <c>patch</c> is the hunks only, without the <c>diff --git</c> header lines.</summary>
    private static string Hunks(string patch)
    {
        var start = patch.IndexOf("@@", StringComparison.Ordinal);
        return start < 0 ? string.Empty : patch[start..].TrimEnd('\n');
    }
}
