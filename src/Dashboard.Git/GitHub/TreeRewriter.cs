using Dashboard.Core.GitOps;
using Octokit;
using GitFileMode = Octokit.FileMode;

namespace Dashboard.Git.GitHub;

/// <summary>
/// Applies <see cref="FileEdit"/>s to a tree through the Git Data API, rewriting only the folders on the edited paths.
/// Each rewritten folder is POSTed as a complete tree without <c>base_tree</c>: Octokit cannot send <c>"sha": null</c>,
/// so deletions are expressed by leaving the entry out (github-rest.md §2.2). Untouched folders keep their SHA;
/// a folder whose entries end up identical is not POSTed at all, so "nothing changed" costs no writes.
/// </summary>
internal sealed class TreeRewriter(IGitHubClient client, GitRepositoryRef repository)
{
    private sealed record Entry(string Mode, TreeType Type, string Sha);

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        /// <summary>Put: content; Delete or a revision without the path: null entry; ReplaceWithRevision: the entry at that revision.</summary>
        public Func<Entry?, Task<Entry?>>? Change { get; set; }
    }

    /// <summary>Returns the new root tree SHA (equal to <paramref name="rootSha"/> when nothing changes).</summary>
    public async Task<string> ApplyAsync(string rootSha, IReadOnlyList<FileEdit> edits)
    {
        var root = new Node();
        string? replacedRoot = null;
        foreach (var edit in edits)
        {
            var path = FileEdit.Normalize(edit.Path);
            if (path.Length == 0)
            {
                replacedRoot = edit is FileEdit.ReplaceWithRevision whole
                    ? await ResolveAsync(whole.Revision, string.Empty) is { } entry ? entry.Sha : throw new InvalidOperationException($"Revision {whole.Revision} has no tree.")
                    : throw new ArgumentException($"{edit.GetType().Name} needs a path; only a revision can replace the whole repository.");
                continue;
            }

            var node = root;
            foreach (var segment in path.Split('/'))
            {
                node = node.Children.TryGetValue(segment, out var child) ? child : node.Children[segment] = new Node();
            }

            node.Change = await ChangeFor(edit, path);
        }

        var start = replacedRoot ?? rootSha;
        return await RewriteAsync(start, root) ?? throw new InvalidOperationException("The change would leave the repository empty.");
    }

    private async Task<Func<Entry?, Task<Entry?>>> ChangeFor(FileEdit edit, string path)
    {
        switch (edit)
        {
            case FileEdit.Put put:
                return current => PutAsync(current, put.Content);
            case FileEdit.Delete:
                return _ => Task.FromResult<Entry?>(null);
            case FileEdit.ReplaceWithRevision replace:
                var atRevision = await ResolveAsync(replace.Revision, path);
                return _ => Task.FromResult(atRevision);
            default:
                throw new ArgumentException($"Unknown edit {edit.GetType().Name} for {path}.");
        }
    }

    private async Task<Entry?> PutAsync(Entry? current, ReadOnlyMemory<byte> content)
    {
        var sha = GitBlobHash.Of(content.Span);
        var mode = current is { Type: TreeType.Blob } ? current.Mode : GitFileMode.File;
        if (current?.Sha != sha)
        {
            var created = await client.Git.Blob.Create(repository.Owner, repository.Name,
                new NewBlob { Content = Convert.ToBase64String(content.Span), Encoding = EncodingType.Base64 });
            sha = created.Sha;
        }

        return new Entry(mode, TreeType.Blob, sha);
    }

    /// <summary>The entry at <paramref name="path"/> in <paramref name="revision"/>; null when the path did not exist there.</summary>
    private async Task<Entry?> ResolveAsync(string revision, string path)
    {
        var commit = await client.Repository.Commit.Get(repository.Owner, repository.Name, revision);
        var entry = new Entry(GitFileMode.Subdirectory, TreeType.Tree, commit.Commit.Tree.Sha);
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.Type != TreeType.Tree)
            {
                return null;
            }

            var tree = await client.Git.Tree.Get(repository.Owner, repository.Name, entry.Sha);
            var item = tree.Tree.FirstOrDefault(i => i.Path == segment);
            if (item is null)
            {
                return null;
            }

            entry = new Entry(item.Mode, item.Type.Value, item.Sha);
        }

        return entry;
    }

    /// <summary>Rewrites one folder; returns its new SHA, or null when it ends up empty (Git has no empty folders).</summary>
    private async Task<string?> RewriteAsync(string? treeSha, Node node)
    {
        var original = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (treeSha is not null)
        {
            var tree = await client.Git.Tree.Get(repository.Owner, repository.Name, treeSha);
            foreach (var item in tree.Tree)
            {
                original[item.Path] = new Entry(item.Mode, item.Type.Value, item.Sha);
            }
        }

        var entries = new Dictionary<string, Entry>(original, StringComparer.Ordinal);
        foreach (var (name, child) in node.Children)
        {
            var current = entries.GetValueOrDefault(name);
            if (child.Change is not null)
            {
                current = await child.Change(current);
            }

            if (child.Children.Count > 0)
            {
                var subtree = await RewriteAsync(current is { Type: TreeType.Tree } ? current.Sha : null, child);
                current = subtree is null ? null : new Entry(GitFileMode.Subdirectory, TreeType.Tree, subtree);
            }

            if (current is null)
            {
                entries.Remove(name);
            }
            else
            {
                entries[name] = current;
            }
        }

        if (treeSha is not null && entries.Count == original.Count && entries.All(e => original.TryGetValue(e.Key, out var o) && o == e.Value))
        {
            return treeSha;
        }

        if (entries.Count == 0)
        {
            return null;
        }

        var newTree = new NewTree();
        foreach (var (name, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            newTree.Tree.Add(new NewTreeItem { Path = name, Mode = entry.Mode, Type = entry.Type, Sha = entry.Sha });
        }

        var created = await client.Git.Tree.Create(repository.Owner, repository.Name, newTree);
        return created.Sha;
    }
}
