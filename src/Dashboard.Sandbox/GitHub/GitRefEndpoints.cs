using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary><c>git/refs</c>, <c>git/ref</c> and <c>branches</c>. Ref updates honor <c>force</c>: a non-fast-forward is 422.</summary>
internal sealed class GitRefEndpoints(SandboxGitRepository sandbox, GitHubFaults faults)
{
    private const string UpdateDocs = "https://docs.github.com/rest/git/refs#update-a-reference";

    public GitHubApiResult? Handle(GitHubApiRequest request)
    {
        var rest = request.Rest;
        if (rest.Count >= 2 && rest[0] == "git" && rest[1] is "refs" or "ref")
        {
            var name = request.RestFrom(2);
            return (request.Method, name.Length == 0) switch
            {
                ("GET", true) => List(request),
                ("POST", true) => Create(request),
                ("GET", false) => Get(request, name),
                ("PATCH", false) => Update(request, name),
                ("DELETE", false) => Delete(name),
                _ => null,
            };
        }

        if (rest.Count >= 2 && rest[0] == "branches" && request.Method == "GET")
        {
            return Branch(request, request.RestFrom(1));
        }

        return null;
    }

    private static string Canonical(string name) => name.StartsWith("refs/", StringComparison.Ordinal) ? name : "refs/" + name;

    private GitHubApiResult List(GitHubApiRequest request) =>
        GitHubApiResult.Ok(sandbox.Repository.Refs
            .Where(r => r.CanonicalName.StartsWith("refs/", StringComparison.Ordinal) && r.ResolveToDirectReference()?.Target is Commit)
            .Select(r => GitHubJson.Reference(request, r.CanonicalName, r.ResolveToDirectReference().TargetIdentifier))
            .ToArray());

    private GitHubApiResult Get(GitHubApiRequest request, string name)
    {
        var reference = sandbox.Repository.Refs[Canonical(name)]?.ResolveToDirectReference();
        return reference is null
            ? GitHubApiResult.NotFound()
            : GitHubApiResult.Ok(GitHubJson.Reference(request, reference.CanonicalName, reference.TargetIdentifier));
    }

    private GitHubApiResult Create(GitHubApiRequest request)
    {
        var name = request.BodyString("ref");
        var sha = request.BodyString("sha");
        if (name is null || sha is null || !name.StartsWith("refs/", StringComparison.Ordinal) || name.Split('/').Length < 3)
        {
            return GitHubApiResult.Unprocessable("Reference name and sha are required; the name must look like refs/heads/<branch>.");
        }

        if (sandbox.Repository.Refs[name] is not null)
        {
            return GitHubApiResult.Unprocessable("Reference already exists");
        }

        if (GitHistory.ResolveCommit(sandbox.Repository, sha) is not { } commit || commit.Sha != sha)
        {
            return GitHubApiResult.Unprocessable("Object does not exist");
        }

        sandbox.Repository.Refs.Add(name, commit.Id);
        return GitHubApiResult.Created(GitHubJson.Reference(request, name, commit.Sha));
    }

    private GitHubApiResult Update(GitHubApiRequest request, string name)
    {
        var canonical = Canonical(name);
        if (faults.TakeMoveRef() && canonical.StartsWith("refs/heads/", StringComparison.Ordinal) && sandbox.Repository.Refs[canonical] is not null)
        {
            sandbox.CommitForeignChange(branch: canonical["refs/heads/".Length..]);
        }

        var reference = sandbox.Repository.Refs[canonical];
        if (reference is null)
        {
            return GitHubApiResult.Unprocessable("Reference does not exist", UpdateDocs);
        }

        var sha = request.BodyString("sha");
        if (GitHistory.ResolveCommit(sandbox.Repository, sha) is not { } target || target.Sha != sha)
        {
            return GitHubApiResult.Unprocessable("Object does not exist", UpdateDocs);
        }

        var current = reference.ResolveToDirectReference().TargetIdentifier;
        if (!request.BodyBool("force") && current != target.Sha)
        {
            var mergeBase = sandbox.Repository.ObjectDatabase.FindMergeBase(sandbox.Repository.Lookup<Commit>(current), target);
            if (mergeBase?.Sha != current)
            {
                return GitHubApiResult.Unprocessable("Update is not a fast forward", UpdateDocs);
            }
        }

        sandbox.Repository.Refs.UpdateTarget(reference, target.Id);
        return GitHubApiResult.Ok(GitHubJson.Reference(request, canonical, target.Sha));
    }

    private GitHubApiResult Delete(string name)
    {
        var reference = sandbox.Repository.Refs[Canonical(name)];
        if (reference is null)
        {
            return GitHubApiResult.Unprocessable("Reference does not exist");
        }

        sandbox.Repository.Refs.Remove(reference);
        return GitHubApiResult.NoContent();
    }

    private GitHubApiResult Branch(GitHubApiRequest request, string name)
    {
        var tip = sandbox.Repository.Branches[name]?.Tip;
        if (tip is null)
        {
            return GitHubApiResult.Error(System.Net.HttpStatusCode.NotFound, "Branch not found");
        }

        return GitHubApiResult.Ok(new
        {
            name,
            commit = GitHubJson.RepoCommit(request, tip),
            @protected = false,
            _links = new { self = $"{request.RepoApi}branches/{name}", html = $"{request.RepoHtml}tree/{name}" },
        });
    }
}
