using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary><c>GET contents/{path}?ref=</c>: a file as an object with base64 content, a folder as an array of entries.</summary>
internal sealed class ContentsEndpoints(SandboxGitRepository sandbox)
{
    public GitHubApiResult? Handle(GitHubApiRequest request)
    {
        if (request.Method != "GET" || request.Rest.Count == 0 || request.Rest[0] != "contents")
        {
            return null;
        }

        var revision = request.QueryValue("ref") ?? sandbox.DefaultBranch;
        if (GitHistory.ResolveCommit(sandbox.Repository, revision) is not { } commit)
        {
            return GitHubApiResult.Error(System.Net.HttpStatusCode.NotFound, $"No commit found for the ref {revision}");
        }

        var path = request.RestFrom(1).Trim('/');
        if (path.Length == 0)
        {
            return GitHubApiResult.Ok(commit.Tree.Select(e => Entry(request, e.Path, e, revision, withContent: false)).ToArray());
        }

        return commit[path] switch
        {
            null => GitHubApiResult.NotFound(),
            { Target: Tree tree } => GitHubApiResult.Ok(tree.Select(e => Entry(request, $"{path}/{e.Name}", e, revision, withContent: false)).ToArray()),
            var entry => GitHubApiResult.Ok(Entry(request, path, entry, revision, withContent: true)),
        };
    }

    private static Dictionary<string, object?> Entry(GitHubApiRequest request, string path, TreeEntry entry, string revision, bool withContent)
    {
        var type = entry.Mode switch
        {
            Mode.Directory => "dir",
            Mode.GitLink => "submodule",
            Mode.SymbolicLink => "symlink",
            _ => "file",
        };
        var apiUrl = $"{request.RepoApi}contents/{path}?ref={Uri.EscapeDataString(revision)}";
        var result = new Dictionary<string, object?>
        {
            ["type"] = type,
            ["size"] = entry.Target is Blob blob ? blob.Size : 0,
            ["name"] = entry.Name,
            ["path"] = path,
            ["sha"] = entry.Target.Sha,
            ["url"] = apiUrl,
            ["git_url"] = type == "dir" ? $"{request.RepoApi}git/trees/{entry.Target.Sha}" : $"{request.RepoApi}git/blobs/{entry.Target.Sha}",
            ["html_url"] = $"{request.RepoHtml}{(type == "dir" ? "tree" : "blob")}/{revision}/{path}",
            ["download_url"] = type == "file" ? $"{request.RepoHtml}raw/{revision}/{path}" : null,
        };
        if (withContent && entry.Target is Blob file)
        {
            result["encoding"] = "base64";
            result["content"] = GitHubJson.Base64Lines(GitHubJson.Bytes(file));
        }

        return result;
    }
}
