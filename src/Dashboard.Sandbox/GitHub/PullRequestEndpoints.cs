using System.Globalization;
using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary><c>pulls</c>: create (with GitHub's 422 cases), get and list. Held in memory; merging is out of scope.</summary>
internal sealed class PullRequestEndpoints(SandboxGitRepository sandbox, TimeProvider timeProvider)
{
    private readonly List<SandboxPullRequest> _pullRequests = [];

    public IReadOnlyList<SandboxPullRequest> PullRequests => _pullRequests;

    public GitHubApiResult? Handle(GitHubApiRequest request)
    {
        if (request.Rest.Count == 0 || request.Rest[0] != "pulls")
        {
            return null;
        }

        return (request.Method, request.Rest.Count) switch
        {
            ("POST", 1) => Create(request),
            ("GET", 1) => GitHubApiResult.Ok(_pullRequests
                .Where(p => (request.QueryValue("state") ?? "open") is var state && (state == "all" || state == p.State))
                .Where(p => request.QueryValue("base") is not { } b || b == p.Base)
                .Where(p => request.QueryValue("head") is not { } h || h == p.Head || h == $"{SandboxGitRepository.Owner}:{p.Head}")
                .Select(p => Json(request, p)).ToArray()),
            ("GET", 2) => int.TryParse(request.Rest[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && _pullRequests.FirstOrDefault(p => p.Number == number) is { } pr
                ? GitHubApiResult.Ok(Json(request, pr))
                : GitHubApiResult.NotFound(),
            _ => null,
        };
    }

    private GitHubApiResult Create(GitHubApiRequest request)
    {
        var title = request.BodyString("title");
        var head = request.BodyString("head");
        var baseBranch = request.BodyString("base");
        if (title is null || head is null || baseBranch is null)
        {
            return GitHubApiResult.ValidationFailed("PullRequest", "missing_field", title is null ? "title" : head is null ? "head" : "base");
        }

        head = head.StartsWith($"{SandboxGitRepository.Owner}:", StringComparison.Ordinal) ? head[(SandboxGitRepository.Owner.Length + 1)..] : head;
        var headTip = sandbox.Repository.Branches[head]?.Tip;
        var baseTip = sandbox.Repository.Branches[baseBranch]?.Tip;
        if (headTip is null)
        {
            return GitHubApiResult.ValidationFailed("PullRequest", "invalid", "head");
        }

        if (baseTip is null)
        {
            return GitHubApiResult.ValidationFailed("PullRequest", "invalid", "base");
        }

        if (_pullRequests.Any(p => p.State == "open" && p.Head == head && p.Base == baseBranch))
        {
            return GitHubApiResult.ValidationFailed("PullRequest", "custom", message: $"A pull request already exists for {SandboxGitRepository.Owner}:{head}.");
        }

        if (!sandbox.Repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = headTip, ExcludeReachableFrom = baseTip }).Any())
        {
            return GitHubApiResult.ValidationFailed("PullRequest", "custom", message: $"No commits between {baseBranch} and {head}");
        }

        var created = new SandboxPullRequest(_pullRequests.Count + 1, title, request.BodyString("body"), head, baseBranch, request.BodyBool("draft"), timeProvider.GetUtcNow());
        _pullRequests.Add(created);
        return GitHubApiResult.Created(Json(request, created));
    }

    private object Json(GitHubApiRequest request, SandboxPullRequest pr)
    {
        var user = new { login = "sandbox-bot", id = 1, type = "User", html_url = $"{request.ApiBase.GetLeftPart(UriPartial.Authority)}/sandbox-bot" };
        object Side(string branch) => new
        {
            label = $"{SandboxGitRepository.Owner}:{branch}",
            @ref = branch,
            sha = sandbox.Repository.Branches[branch]?.Tip?.Sha ?? string.Empty,
            user,
        };
        var created = GitHubJson.Date(pr.CreatedAt);
        return new Dictionary<string, object?>
        {
            ["id"] = 1000 + pr.Number,
            ["node_id"] = GitHubJson.NodeId("PullRequest", pr.Number.ToString(CultureInfo.InvariantCulture)),
            ["number"] = pr.Number,
            ["state"] = pr.State,
            ["title"] = pr.Title,
            ["body"] = pr.Body,
            ["url"] = $"{request.RepoApi}pulls/{pr.Number}",
            ["html_url"] = $"{request.RepoHtml}pull/{pr.Number}",
            ["created_at"] = created,
            ["updated_at"] = created,
            ["closed_at"] = null,
            ["merged_at"] = null,
            ["merged"] = false,
            ["merge_commit_sha"] = null,
            ["head"] = Side(pr.Head),
            ["base"] = Side(pr.Base),
            ["user"] = user,
            ["draft"] = pr.Draft,
            ["mergeable"] = null,
            ["labels"] = Array.Empty<object>(),
        };
    }
}
