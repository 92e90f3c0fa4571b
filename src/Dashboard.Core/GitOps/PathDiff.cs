namespace Dashboard.Core.GitOps;

/// <summary>
/// The unified diff of one folder between two revisions (a sync-history step of one app): compares
/// the recursive trees by blob SHA and reads only the files that differ.
/// </summary>
public static class PathDiff
{
    /// <summary>Bound on files read for one step; a bigger change says so instead of reading everything.</summary>
    public const int MaxFiles = 50;

    public static async Task<string> CreateAsync(IGitRepository git, GitRepositoryRef repository, string path,
        string fromRevision, string toRevision, CancellationToken cancellationToken = default)
    {
        var folder = path.Trim('/');
        var before = Blobs(await git.GetTreeAsync(repository, folder, fromRevision, cancellationToken));
        var after = Blobs(await git.GetTreeAsync(repository, folder, toRevision, cancellationToken));
        var changed = before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Where(file => !string.Equals(before.GetValueOrDefault(file), after.GetValueOrDefault(file), StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (changed.Count > MaxFiles)
        {
            throw new InvalidOperationException($"{changed.Count} files changed under {folder}; too many to show here.");
        }

        var files = new List<DiffFile>(changed.Count);
        foreach (var file in changed)
        {
            var full = folder.Length == 0 ? file : $"{folder}/{file}";
            var oldText = before.ContainsKey(file) ? (await git.GetFileAsync(repository, full, fromRevision, cancellationToken))?.Text : null;
            var newText = after.ContainsKey(file) ? (await git.GetFileAsync(repository, full, toRevision, cancellationToken))?.Text : null;
            files.Add(new DiffFile(full, oldText, newText));
        }

        return UnifiedDiff.Create(files);
    }

    private static Dictionary<string, string> Blobs(GitTree? tree) =>
        tree?.Entries.Where(e => e.Kind == GitTreeEntryKind.Blob).ToDictionary(e => e.Path, e => e.Sha, StringComparer.Ordinal)
        ?? [];
}
