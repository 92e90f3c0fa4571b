using Dashboard.Core.Cluster;

namespace Dashboard.Core.GitOps;

/// <summary>
/// Links the commits of a branch to the apps that deploy from it: which apps run a commit, which it will change
/// (pending) and which it already reached, judged by each app's deployed revision and the paths the commit touched.
/// </summary>
public static class CommitLinks
{
    /// <summary>One link per commit of <paramref name="state"/>, newest first; only deployments of that branch count.</summary>
    public static IReadOnlyList<CommitLink> ForBranch(RepositoryState state, IEnumerable<AppDeployment> deployments)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(deployments);
        var commits = state.Commits;
        var mine = deployments.Where(d => SameBranch(d.Branch, state.Key))
            .Select(d => (Deployment: d, Index: IndexOf(commits, d.App.Revision)))
            .ToList();
        var links = new List<CommitLink>(commits.Count);
        for (var i = 0; i < commits.Count; i++)
        {
            var commit = commits[i];
            var running = new List<AppStatus>();
            var pending = new List<AppStatus>();
            var reached = new List<AppStatus>();
            foreach (var (deployment, index) in mine)
            {
                if (index == i)
                {
                    running.Add(deployment.App);
                }
                else if (Touches(commit, deployment.Path))
                {
                    // Newest first: a smaller index is a later commit. Unknown revisions (-1) make every commit pending.
                    var after = index < 0 ? deployment.App.Revision is not null : i < index;
                    (after ? pending : reached).Add(deployment.App);
                }
            }

            links.Add(new CommitLink(commit, running, pending, reached));
        }

        return links;
    }

    /// <summary>The commits between the app's deployed revision and the head that touch the app's own path, newest first.</summary>
    public static AppPendingCommits ForApp(RepositoryState state, AppDeployment deployment)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(deployment);
        var revision = deployment.App.Revision;
        var index = IndexOf(state.Commits, revision);
        var window = index >= 0 ? state.Commits.Take(index) : revision is null ? [] : state.Commits;
        var pending = window.Where(c => Touches(c, deployment.Path)).ToList();
        return new AppPendingCommits(deployment, revision, state.Head, pending, index >= 0);
    }

    /// <summary>True when the commit changed a file in <paramref name="path"/> ('' = anywhere); unknown changed paths count as touching.</summary>
    public static bool Touches(CommitInfo commit, string path)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.ChangedPaths is null || path.Length == 0)
        {
            return true;
        }

        return commit.ChangedPaths.Any(file => file == path || (file.Length > path.Length && file[path.Length] == '/' && file.StartsWith(path, StringComparison.Ordinal)));
    }

    private static bool SameBranch(RepositoryBranch a, RepositoryBranch b) =>
        a.Branch == b.Branch && a.Repository.FullName.Equals(b.Repository.FullName, StringComparison.OrdinalIgnoreCase);

    private static int IndexOf(IReadOnlyList<CommitInfo> commits, string? revision)
    {
        if (string.IsNullOrEmpty(revision))
        {
            return -1;
        }

        for (var i = 0; i < commits.Count; i++)
        {
            if (commits[i].Sha.Equals(revision, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
