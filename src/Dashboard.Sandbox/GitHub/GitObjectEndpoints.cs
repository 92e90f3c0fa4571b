using System.Text;
using System.Text.Json;
using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary>The Git Data API objects: <c>git/commits</c>, <c>git/trees</c>, <c>git/blobs</c>.</summary>
internal sealed class GitObjectEndpoints(SandboxGitRepository sandbox, TimeProvider timeProvider)
{
    private const string TreeDocs = "https://docs.github.com/rest/git/trees#create-a-tree";

    private Repository Repository => sandbox.Repository;

    public GitHubApiResult? Handle(GitHubApiRequest request)
    {
        var rest = request.Rest;
        if (rest.Count < 2 || rest[0] != "git")
        {
            return null;
        }

        return (request.Method, rest[1], rest.Count) switch
        {
            ("GET", "commits", 3) => Repository.Lookup<Commit>(rest[2]) is { } commit ? GitHubApiResult.Ok(GitHubJson.GitCommit(request, commit)) : GitHubApiResult.NotFound(),
            ("POST", "commits", 2) => CreateCommit(request),
            ("GET", "trees", 3) => GetTree(request, rest[2]),
            ("POST", "trees", 2) => CreateTree(request),
            ("GET", "blobs", 3) => GetBlob(request, rest[2]),
            ("POST", "blobs", 2) => CreateBlob(request),
            _ => null,
        };
    }

    private GitHubApiResult CreateCommit(GitHubApiRequest request)
    {
        var message = request.BodyString("message");
        if (message is null || Repository.Lookup<Tree>(request.BodyString("tree") ?? string.Empty) is not { } tree)
        {
            return GitHubApiResult.Unprocessable("Invalid request: message and an existing tree are required.");
        }

        var parents = new List<Commit>();
        if (request.Body!.Value.TryGetProperty("parents", out var parentShas) && parentShas.ValueKind == JsonValueKind.Array)
        {
            foreach (var sha in parentShas.EnumerateArray())
            {
                if (Repository.Lookup<Commit>(sha.GetString() ?? string.Empty) is not { } parent)
                {
                    return GitHubApiResult.Unprocessable($"Invalid request: parent {sha} is not a commit.");
                }

                parents.Add(parent);
            }
        }

        var now = timeProvider.GetUtcNow();
        var author = Signature(request.Body.Value, "author", now) ?? new Signature("Sandbox Bot", "sandbox-bot@homelab.example", now);
        var committer = Signature(request.Body.Value, "committer", now) ?? author;
        var commit = Repository.ObjectDatabase.CreateCommit(author, committer, message, tree, parents, prettifyMessage: false);
        return GitHubApiResult.Created(GitHubJson.GitCommit(request, commit));
    }

    private static Signature? Signature(JsonElement body, string name, DateTimeOffset now)
    {
        if (!body.TryGetProperty(name, out var person) || person.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var date = person.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(d.GetString(), out var parsed) ? parsed : now;
        return new Signature(person.GetProperty("name").GetString() ?? "unknown", person.GetProperty("email").GetString() ?? "unknown@example", date);
    }

    private GitHubApiResult GetTree(GitHubApiRequest request, string sha)
    {
        // GitHub accepts a tree SHA or anything that names a commit.
        var tree = Repository.Lookup<Tree>(sha) ?? GitHistory.ResolveCommit(Repository, sha)?.Tree;
        if (tree is null)
        {
            return GitHubApiResult.NotFound();
        }

        var entries = new List<object>();
        Walk(request, tree, string.Empty, request.QueryValue("recursive") is not null, entries);
        return GitHubApiResult.Ok(new { sha = tree.Sha, url = $"{request.RepoApi}git/trees/{tree.Sha}", tree = entries, truncated = false });
    }

    private static void Walk(GitHubApiRequest request, Tree tree, string prefix, bool recursive, List<object> entries)
    {
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            entries.Add(GitHubJson.TreeEntry(request, path, entry));
            if (recursive && entry.Target is Tree subtree)
            {
                Walk(request, subtree, path + "/", recursive, entries);
            }
        }
    }

    private GitHubApiResult CreateTree(GitHubApiRequest request)
    {
        var body = request.Body!.Value;
        var definition = new TreeDefinition();
        if (request.BodyString("base_tree") is { } baseSha)
        {
            if (Repository.Lookup<Tree>(baseSha) is not { } baseTree)
            {
                return GitHubApiResult.Unprocessable($"base_tree {baseSha} is not a tree", TreeDocs);
            }

            definition = TreeDefinition.From(baseTree);
        }

        if (!body.TryGetProperty("tree", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return GitHubApiResult.Unprocessable("Invalid request: \"tree\" wasn't supplied.", TreeDocs);
        }

        foreach (var item in items.EnumerateArray())
        {
            var error = Apply(definition, item);
            if (error is not null)
            {
                return GitHubApiResult.Unprocessable(error, TreeDocs);
            }
        }

        var created = Repository.ObjectDatabase.CreateTree(definition);
        var entries = created.Select(e => GitHubJson.TreeEntry(request, e.Name, e)).ToArray();
        return GitHubApiResult.Created(new { sha = created.Sha, url = $"{request.RepoApi}git/trees/{created.Sha}", tree = entries, truncated = false });
    }

    /// <summary>Applies one <c>tree[]</c> item; returns an error message or null.</summary>
    private string? Apply(TreeDefinition definition, JsonElement item)
    {
        var path = item.TryGetProperty("path", out var p) ? p.GetString()?.Trim('/') : null;
        if (string.IsNullOrEmpty(path))
        {
            return "tree.path is required";
        }

        var hasSha = item.TryGetProperty("sha", out var shaElement);
        var hasContent = item.TryGetProperty("content", out var contentElement) && contentElement.ValueKind == JsonValueKind.String;
        if (hasSha && shaElement.ValueKind == JsonValueKind.Null && !hasContent)
        {
            definition.Remove(path);
            return null;
        }

        if (hasSha == hasContent)
        {
            return "Must supply either tree.sha or tree.content. Request will be rejected if both are present.";
        }

        var mode = item.TryGetProperty("mode", out var m) ? m.GetString() : null;
        var type = item.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (hasContent)
        {
            var blob = Repository.ObjectDatabase.CreateBlob(new MemoryStream(Encoding.UTF8.GetBytes(contentElement.GetString()!)));
            definition.Add(path, blob, FileMode(mode));
            return null;
        }

        var sha = shaElement.GetString() ?? string.Empty;
        switch (type, mode)
        {
            case ("tree", _) or (_, "040000"):
                if (Repository.Lookup<Tree>(sha) is not { } tree)
                {
                    return $"tree.sha {sha} is not a valid tree";
                }

                definition.Add(path, tree);
                return null;
            case ("commit", _) or (_, "160000"):
                definition.AddGitLink(path, new ObjectId(sha));
                return null;
            default:
                if (Repository.Lookup<Blob>(sha) is not { } blob)
                {
                    return $"tree.sha {sha} is not a valid blob";
                }

                definition.Add(path, blob, FileMode(mode));
                return null;
        }
    }

    private static Mode FileMode(string? mode) => mode switch
    {
        "100755" => Mode.ExecutableFile,
        "120000" => Mode.SymbolicLink,
        _ => Mode.NonExecutableFile,
    };

    private GitHubApiResult GetBlob(GitHubApiRequest request, string sha)
    {
        if (Repository.Lookup<Blob>(sha) is not { } blob)
        {
            return GitHubApiResult.NotFound();
        }

        var bytes = GitHubJson.Bytes(blob);
        return GitHubApiResult.Ok(new
        {
            sha = blob.Sha,
            node_id = GitHubJson.NodeId("Blob", blob.Sha),
            size = bytes.Length,
            url = $"{request.RepoApi}git/blobs/{blob.Sha}",
            content = GitHubJson.Base64Lines(bytes),
            encoding = "base64",
        });
    }

    private GitHubApiResult CreateBlob(GitHubApiRequest request)
    {
        var content = request.BodyString("content");
        if (content is null)
        {
            return GitHubApiResult.Unprocessable("Invalid request: \"content\" wasn't supplied.");
        }

        byte[] bytes;
        try
        {
            bytes = request.BodyString("encoding") is "base64" ? Convert.FromBase64String(content) : Encoding.UTF8.GetBytes(content);
        }
        catch (FormatException)
        {
            return GitHubApiResult.Unprocessable("Invalid request: content is not valid base64.");
        }

        var blob = Repository.ObjectDatabase.CreateBlob(new MemoryStream(bytes));
        return GitHubApiResult.Created(new { sha = blob.Sha, url = $"{request.RepoApi}git/blobs/{blob.Sha}" });
    }
}
