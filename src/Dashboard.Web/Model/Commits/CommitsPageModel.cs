using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model.Commits;

/// <summary>Builds the Commits page: one section per watched branch, each commit linked to the apps it runs on, is pending for, or reached.</summary>
public static class CommitsPageModel
{
    /// <summary>How many changed paths a commit row lists before "+N more".</summary>
    public const int PathsShown = 3;

    public static IReadOnlyList<BranchSection> Sections(ClusterSnapshot cluster, RepositorySnapshot repositories)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(repositories);
        var deployments = SourceResolver.Deployments(cluster, GitHubHost.Of(repositories));
        // Readable branches first: a few unreadable sources should not push the commits off a phone's first screen.
        return repositories.Branches.Values
            .OrderBy(s => s.Commits.Count == 0)
            .ThenBy(s => s.Key.Repository.FullName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Key.Branch, StringComparer.Ordinal)
            .Select(state => new BranchSection(state, CommitLinks.ForBranch(state, deployments).Select(Row).ToList()))
            .ToList();
    }

    /// <summary>"apps/base/x.yaml" → "apps/", "base/", "x.yaml": a long path wraps after a slash, not inside a name.</summary>
    public static IReadOnlyList<string> PathSegments(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('/');
        return parts.Select((part, i) => i < parts.Length - 1 ? part + "/" : part).ToList();
    }

    public static CommitRow Row(CommitLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var paths = link.Commit.ChangedPaths;
        var chips = Chips("running", "success", link.RunningOn)
            .Concat(Chips("pending", "warning", link.PendingFor))
            .Concat(Chips("reached", "default", link.ReachedBy))
            .ToList();
        return new CommitRow(link.Commit, paths?.Take(PathsShown).ToList(), paths is null ? 0 : Math.Max(0, paths.Count - PathsShown), chips);
    }

    /// <summary>By name, so the chips keep their place whatever order the cluster lists apps in.</summary>
    private static IEnumerable<AppChip> Chips(string relation, string tone, IEnumerable<AppStatus> apps) =>
        apps.OrderBy(a => a.Key.Name, StringComparer.Ordinal).ThenBy(a => a.Key.ToString(), StringComparer.Ordinal).Select(a => Chip(relation, tone, a));

    private static AppChip Chip(string relation, string tone, AppStatus app) => new(relation, app.Key.Name, tone, DetailLinks.For(app.Key));
}
