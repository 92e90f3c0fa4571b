using System.Globalization;
using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary>The JSON shapes GitHub answers with, limited to the fields Octokit reads (../shared/reference/github-rest.md).</summary>
internal static class GitHubJson
{
    public static string Date(DateTimeOffset when) => when.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Mode(Mode mode) => Convert.ToString((int)mode, 8).PadLeft(6, '0');

    public static string TypeOf(Mode mode) => mode switch
    {
        LibGit2Sharp.Mode.Directory => "tree",
        LibGit2Sharp.Mode.GitLink => "commit",
        _ => "blob",
    };

    public static string NodeId(string kind, string sha) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{kind}:{sha}"));

    public static object Person(Signature signature) => new { name = signature.Name, email = signature.Email, date = Date(signature.When) };

    /// <summary>A Git Data API commit (<c>git/commits</c>).</summary>
    public static object GitCommit(GitHubApiRequest request, Commit commit) => new
    {
        sha = commit.Sha,
        node_id = NodeId("Commit", commit.Sha),
        url = $"{request.RepoApi}git/commits/{commit.Sha}",
        html_url = $"{request.RepoHtml}commit/{commit.Sha}",
        author = Person(commit.Author),
        committer = Person(commit.Committer),
        message = commit.Message,
        tree = new { sha = commit.Tree.Sha, url = $"{request.RepoApi}git/trees/{commit.Tree.Sha}" },
        parents = commit.Parents.Select(p => new { sha = p.Sha, url = $"{request.RepoApi}git/commits/{p.Sha}", html_url = $"{request.RepoHtml}commit/{p.Sha}" }).ToArray(),
        comment_count = 0,
    };

    /// <summary>A commits-API commit (<c>GitHubCommit</c>); <paramref name="files"/> only for the single-commit endpoint.</summary>
    public static object RepoCommit(GitHubApiRequest request, Commit commit, IReadOnlyList<object>? files = null, (int Additions, int Deletions)? stats = null)
    {
        var result = new Dictionary<string, object?>
        {
            ["sha"] = commit.Sha,
            ["node_id"] = NodeId("Commit", commit.Sha),
            ["url"] = $"{request.RepoApi}commits/{commit.Sha}",
            ["html_url"] = $"{request.RepoHtml}commit/{commit.Sha}",
            ["comments_url"] = $"{request.RepoApi}commits/{commit.Sha}/comments",
            ["commit"] = new
            {
                url = $"{request.RepoApi}git/commits/{commit.Sha}",
                author = Person(commit.Author),
                committer = Person(commit.Committer),
                message = commit.Message,
                tree = new { sha = commit.Tree.Sha, url = $"{request.RepoApi}git/trees/{commit.Tree.Sha}" },
                comment_count = 0,
            },
            ["author"] = null,
            ["committer"] = null,
            ["parents"] = commit.Parents.Select(p => new { sha = p.Sha, url = $"{request.RepoApi}commits/{p.Sha}", html_url = $"{request.RepoHtml}commit/{p.Sha}" }).ToArray(),
        };
        if (files is not null)
        {
            var (additions, deletions) = stats ?? (0, 0);
            result["stats"] = new { additions, deletions, total = additions + deletions };
            result["files"] = files;
        }

        return result;
    }

    public static object Reference(GitHubApiRequest request, string canonicalName, string sha) => new
    {
        @ref = canonicalName,
        node_id = NodeId("Ref", canonicalName),
        url = $"{request.RepoApi}git/{canonicalName}",
        @object = new { sha, type = "commit", url = $"{request.RepoApi}git/commits/{sha}" },
    };

    /// <summary>A tree entry; like GitHub, <c>size</c> only for blobs (Octokit's int Size cannot take a null).</summary>
    public static object TreeEntry(GitHubApiRequest request, string path, LibGit2Sharp.TreeEntry entry)
    {
        var result = new Dictionary<string, object?>
        {
            ["path"] = path,
            ["mode"] = Mode(entry.Mode),
            ["type"] = TypeOf(entry.Mode),
            ["sha"] = entry.Target.Sha,
            ["url"] = entry.Mode == LibGit2Sharp.Mode.Directory ? $"{request.RepoApi}git/trees/{entry.Target.Sha}" : $"{request.RepoApi}git/blobs/{entry.Target.Sha}",
        };
        if (entry.Target is Blob blob)
        {
            result["size"] = blob.Size;
        }

        return result;
    }

    /// <summary>Base64 broken into 60-character lines, as GitHub does for contents.</summary>
    public static string Base64Lines(byte[] bytes)
    {
        var text = Convert.ToBase64String(bytes);
        var lines = Enumerable.Range(0, (text.Length + 59) / 60).Select(i => text.Substring(i * 60, Math.Min(60, text.Length - (i * 60))));
        return string.Join('\n', lines) + (text.Length > 0 ? "\n" : string.Empty);
    }

    public static byte[] Bytes(Blob blob)
    {
        using var stream = blob.GetContentStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
