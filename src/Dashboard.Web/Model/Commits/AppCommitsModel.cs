using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model.Commits;

/// <summary>For one app: the commits between its deployed revision and the branch head that touch its own path.</summary>
public static class AppCommitsModel
{
    public static AppCommitsView For(ClusterSnapshot cluster, RepositorySnapshot repositories, AppStatus app)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(repositories);
        ArgumentNullException.ThrowIfNull(app);
        if (app.Source is null)
        {
            return AppCommitsView.Unknown("The controller reports no source for this app.", deployed: app.Revision);
        }

        if (!SourceResolver.TryResolve(cluster, app, GitHubHost.Of(repositories), out var deployment, out var url, out var reason))
        {
            return AppCommitsView.Unknown(reason is null
                ? $"Its source ({app.Source.SourceRef ?? app.Source.RepoUrl}) is not a Git repository the dashboard can find."
                : $"Cannot list its commits ({url}): {reason}.", deployed: app.Revision);
        }

        var branch = deployment.Branch;
        var state = Find(repositories, branch);
        if (state is null)
        {
            return AppCommitsView.Unknown($"{branch} is not read yet.", branch, deployment.Path, app.Revision);
        }

        if (state.Head is null || state.Commits.Count == 0)
        {
            return AppCommitsView.Unknown(
                state.Error is { } error ? $"The repository is not readable: {error}" : $"No commits of {branch} read yet.",
                branch, deployment.Path, app.Revision);
        }

        if (string.IsNullOrEmpty(app.Revision))
        {
            return AppCommitsView.Unknown("The controller reports no deployed revision yet.", branch, deployment.Path);
        }

        var pending = CommitLinks.ForApp(state, deployment with { Branch = state.Key });
        var warnings = new List<string>();
        if (!pending.RevisionInWindow)
        {
            warnings.Add($"The deployed revision {Format.ShortSha(app.Revision)} is not among the {state.Commits.Count} recent commits read; every recent commit touching the path is listed.");
        }

        if (state.Error is { } stale)
        {
            warnings.Add($"The last poll failed ({stale}); the list may be out of date.");
        }

        return new AppCommitsView(state.Key, deployment.Path, app.Revision, state.Head, pending.Pending, null,
            warnings.Count == 0 ? null : string.Join(' ', warnings));
    }

    /// <summary>The branch's state; owner and name compare case-insensitively as on GitHub.</summary>
    private static RepositoryState? Find(RepositorySnapshot repositories, RepositoryBranch branch) =>
        repositories.Find(branch) ?? repositories.Branches.Values.FirstOrDefault(s =>
            s.Key.Branch == branch.Branch && s.Key.Repository.FullName.Equals(branch.Repository.FullName, StringComparison.OrdinalIgnoreCase));
}
