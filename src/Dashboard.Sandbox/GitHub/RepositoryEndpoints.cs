using System.Globalization;
using LibGit2Sharp;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Sandbox.GitHub;

/// <summary><c>commits</c> (list with sha/path/since/until and Link paging, single with files) and <c>compare/base...head</c>.</summary>
internal sealed class RepositoryEndpoints(SandboxGitRepository sandbox)
{
    private Repository Repository => sandbox.Repository;

    public GitHubApiResult? Handle(GitHubApiRequest request)
    {
        if (request.Method != "GET" || request.Rest.Count == 0)
        {
            return null;
        }

        return (request.Rest[0], request.Rest.Count) switch
        {
            ("commits", 1) => List(request),
            ("commits", >= 2) => Single(request, request.RestFrom(1)),
            ("compare", >= 2) => Compare(request, request.RestFrom(1)),
            _ => null,
        };
    }

    private GitHubApiResult List(GitHubApiRequest request)
    {
        var head = GitHistory.ResolveCommit(Repository, request.QueryValue("sha") ?? sandbox.DefaultBranch);
        if (head is null)
        {
            return GitHubApiResult.NotFound();
        }

        var perPage = request.QueryInt("per_page", 30, 1, 100);
        var page = request.QueryInt("page", 1, 1, int.MaxValue);
        var all = GitHistory.Log(Repository, head, request.QueryValue("path"), Date(request.QueryValue("since")), Date(request.QueryValue("until"))).ToList();
        var items = all.Skip((page - 1) * perPage).Take(perPage).Select(c => GitHubJson.RepoCommit(request, c)).ToArray();
        var lastPage = Math.Max(1, (all.Count + perPage - 1) / perPage);
        return GitHubApiResult.Ok(items, new Dictionary<string, string> { ["Link"] = Links(request, page, lastPage) });
    }

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>Absolute Link URLs (Octokit parses them with <c>new Uri</c>), keeping every query parameter but <c>page</c>.</summary>
    private static string Links(GitHubApiRequest request, int page, int lastPage)
    {
        string Url(int target)
        {
            var query = request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
            query["page"] = target.ToString(CultureInfo.InvariantCulture);
            return QueryHelpers.AddQueryString($"{request.ApiBase}{request.RawPath.TrimStart('/')}", query);
        }

        var links = new List<string>();
        if (page < lastPage)
        {
            links.Add($"<{Url(page + 1)}>; rel=\"next\"");
            links.Add($"<{Url(lastPage)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{Url(1)}>; rel=\"first\"");
            links.Add($"<{Url(page - 1)}>; rel=\"prev\"");
        }

        return string.Join(", ", links);
    }

    private GitHubApiResult Single(GitHubApiRequest request, string revision)
    {
        if (GitHistory.ResolveCommit(Repository, revision) is not { } commit)
        {
            return GitHubApiResult.Unprocessable($"No commit found for SHA: {revision}", "https://docs.github.com/rest/commits/commits#get-a-commit");
        }

        var (files, additions, deletions) = GitHistory.Files(Repository, request, commit.Parents.FirstOrDefault()?.Tree, commit.Tree, commit.Sha);
        return GitHubApiResult.Ok(GitHubJson.RepoCommit(request, commit, files, (additions, deletions)));
    }

    private GitHubApiResult Compare(GitHubApiRequest request, string baseHead)
    {
        var separator = baseHead.IndexOf("...", StringComparison.Ordinal);
        if (separator < 0)
        {
            return GitHubApiResult.NotFound();
        }

        // Octokit WebUtility.UrlEncodes both sides ("feature%2Fx", '+' for space).
        var baseCommit = GitHistory.ResolveCommit(Repository, System.Net.WebUtility.UrlDecode(baseHead[..separator]));
        var headCommit = GitHistory.ResolveCommit(Repository, System.Net.WebUtility.UrlDecode(baseHead[(separator + 3)..]));
        if (baseCommit is null || headCommit is null)
        {
            return GitHubApiResult.NotFound();
        }

        var mergeBase = Repository.ObjectDatabase.FindMergeBase(baseCommit, headCommit);
        var ahead = Repository.Commits.QueryBy(new CommitFilter
        {
            IncludeReachableFrom = headCommit,
            ExcludeReachableFrom = baseCommit,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
        }).ToList();
        var behindBy = Repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = baseCommit, ExcludeReachableFrom = headCommit }).Count();
        var status = (ahead.Count, behindBy) switch
        {
            (0, 0) => "identical",
            (_, 0) => "ahead",
            (0, _) => "behind",
            _ => "diverged",
        };
        var (files, _, _) = GitHistory.Files(Repository, request, (mergeBase ?? baseCommit).Tree, headCommit.Tree, headCommit.Sha);
        return GitHubApiResult.Ok(new Dictionary<string, object?>
        {
            ["url"] = $"{request.RepoApi}compare/{baseHead}",
            ["html_url"] = $"{request.RepoHtml}compare/{baseHead}",
            ["permalink_url"] = $"{request.RepoHtml}compare/{baseCommit.Sha}...{headCommit.Sha}",
            ["diff_url"] = $"{request.RepoHtml}compare/{baseHead}.diff",
            ["patch_url"] = $"{request.RepoHtml}compare/{baseHead}.patch",
            ["base_commit"] = GitHubJson.RepoCommit(request, baseCommit),
            ["merge_base_commit"] = mergeBase is null ? null : GitHubJson.RepoCommit(request, mergeBase),
            ["status"] = status,
            ["ahead_by"] = ahead.Count,
            ["behind_by"] = behindBy,
            ["total_commits"] = ahead.Count,
            ["commits"] = ahead.Select(c => GitHubJson.RepoCommit(request, c)).ToArray(),
            ["files"] = files,
        });
    }
}
