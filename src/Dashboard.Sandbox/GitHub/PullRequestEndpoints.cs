using System.Globalization;
using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary><c>pulls</c>: create (with GitHub's 422 cases), get and list. Held in memory; tests merge or close through <see cref="Merge"/> and <see cref="Close"/>.</summary>
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
                .Where(p => request.QueryValue("head") is not { } h || h == p.Head || h == $"{sandbox.Identity.Owner}:{p.Head}")
                .Select(p => Json(request, p)).ToArray()),
            ("GET", 2) => int.TryParse(request.Rest[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && _pullRequests.FirstOrDefault(p => p.Number == number) is { } pr
                ? GitHubApiResult.Ok(Json(request, pr))
                : GitHubApiResult.NotFound(),
            _ => null,
        };
    }

    /// <summary>
    /// Merges open pull request <paramref name="number"/> on the real repository: a fast-forward when the base has not
    /// moved since, else a merge commit (head and base trees merged by libgit2). Returns the base branch's new SHA.
    /// </summary>
    public string Merge(int number)
    {
        var index = IndexOfOpen(number);
        var pr = _pullRequests[index];
        var repository = sandbox.Repository;
        var headTip = repository.Branches[pr.Head]?.Tip ?? throw new InvalidOperationException($"Branch '{pr.Head}' of pull request #{number} is gone.");
        var baseTip = repository.Branches[pr.Base]?.Tip ?? throw new InvalidOperationException($"Base branch '{pr.Base}' of pull request #{number} is gone.");
        Commit merged;
        if (repository.ObjectDatabase.FindMergeBase(headTip, baseTip)?.Sha == baseTip.Sha)
        {
            merged = headTip;
        }
        else
        {
            var result = repository.ObjectDatabase.MergeCommits(baseTip, headTip, new MergeTreeOptions());
            if (result.Status != MergeTreeStatus.Succeeded)
            {
                throw new InvalidOperationException($"Pull request #{number} conflicts with {pr.Base}; it cannot be merged.");
            }

            var signature = new Signature("sandbox-bot", "bot@homelab.example", timeProvider.GetUtcNow());
            merged = repository.ObjectDatabase.CreateCommit(signature, signature,
                $"Merge pull request #{number} from {sandbox.Identity.Owner}/{pr.Head}\n\n{pr.Title}\n", result.Tree, [baseTip, headTip], prettifyMessage: false);
        }

        repository.Refs.UpdateTarget(repository.Refs[$"refs/heads/{pr.Base}"], merged.Id);
        _pullRequests[index] = pr with { State = "closed", MergeCommitSha = merged.Sha, ClosedAt = timeProvider.GetUtcNow() };
        return merged.Sha;
    }

    /// <summary>Closes open pull request <paramref name="number"/> without merging.</summary>
    public void Close(int number)
    {
        var index = IndexOfOpen(number);
        _pullRequests[index] = _pullRequests[index] with { State = "closed", ClosedAt = timeProvider.GetUtcNow() };
    }

    private int IndexOfOpen(int number)
    {
        var index = _pullRequests.FindIndex(p => p.Number == number);
        return index >= 0 && _pullRequests[index].State == "open"
            ? index
            : throw new InvalidOperationException($"No open pull request #{number}.");
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

        head = head.StartsWith($"{sandbox.Identity.Owner}:", StringComparison.Ordinal) ? head[(sandbox.Identity.Owner.Length + 1)..] : head;
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
            return GitHubApiResult.ValidationFailed("PullRequest", "custom", message: $"A pull request already exists for {sandbox.Identity.Owner}:{head}.");
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
            label = $"{sandbox.Identity.Owner}:{branch}",
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
            ["updated_at"] = pr.ClosedAt is { } closed ? GitHubJson.Date(closed) : created,
            ["closed_at"] = pr.ClosedAt is { } closedAt ? GitHubJson.Date(closedAt) : null,
            ["merged_at"] = pr.Merged && pr.ClosedAt is { } mergedAt ? GitHubJson.Date(mergedAt) : null,
            ["merged"] = pr.Merged,
            ["merge_commit_sha"] = pr.MergeCommitSha,
            ["head"] = Side(pr.Head),
            ["base"] = Side(pr.Base),
            ["user"] = user,
            ["draft"] = pr.Draft,
            ["mergeable"] = null,
            ["labels"] = Array.Empty<object>(),
        };
    }
}
