using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.GitOps;

/// <summary>
/// The branches to poll, derived from the cluster (Argo sources that follow a branch, Flux GitRepositories and what
/// references them) plus configured extras; every source that cannot be read is listed with its reason.
/// </summary>
public static class RepositoryTargets
{
    public static (IReadOnlyList<RepositoryTarget> Targets, IReadOnlyList<IgnoredSource> Ignored) Derive(
        ClusterSnapshot cluster, IReadOnlyList<ConfiguredRepository> configured, string? gitHubHost = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(configured);
        var targets = new Dictionary<RepositoryBranch, (string Url, List<string> UsedBy, bool PullRequests)>();
        var ignored = new List<IgnoredSource>();

        foreach (var source in cluster.Sources.OrderBy(s => s.Key.ToString(), StringComparer.Ordinal))
        {
            var name = Describe(source.Key);
            if (source.Branch is null)
            {
                ignored.Add(new IgnoredSource(source.Url, "follows a tag or commit, not a branch", name));
            }
            else if (SourceResolver.TryParseGitHub(source.Url, gitHubHost, out var repository, out var reason))
            {
                Add(targets, new RepositoryBranch(repository, source.Branch), source.Url, name);
            }
            else
            {
                ignored.Add(new IgnoredSource(source.Url, reason!, name));
            }
        }

        foreach (var app in cluster.Apps.OrderBy(a => a.Key.ToString(), StringComparer.Ordinal))
        {
            if (SourceResolver.TryResolve(cluster, app, gitHubHost, out var deployment, out var url, out var reason))
            {
                Add(targets, deployment.Branch, url!, Describe(app.Key));
            }
            else if (reason is not null && url is not null && app.Controller == Controller.ArgoCD)
            {
                // Flux sources were reported once above; Argo apps name their URL themselves.
                ignored.Add(new IgnoredSource(url, reason, Describe(app.Key)));
            }
        }

        for (var i = 0; i < configured.Count; i++)
        {
            var extra = configured[i];
            if (SourceResolver.TryParseGitHub(extra.Url, gitHubHost, out var repository, out var reason))
            {
                var key = new RepositoryBranch(repository, extra.Branch);
                Add(targets, key, extra.Url, null);
                targets[key] = targets[key] with { PullRequests = targets[key].PullRequests || extra.PullRequestMode };
            }
            else
            {
                ignored.Add(new IgnoredSource(extra.Url, reason!, $"configuration Repositories:{i}"));
            }
        }

        var list = targets.Select(t => new RepositoryTarget(t.Key, t.Value.Url, t.Value.UsedBy, t.Value.PullRequests))
            .OrderBy(t => t.Key.ToString(), StringComparer.OrdinalIgnoreCase).ToList();
        return (list, ignored);
    }

    private static void Add(Dictionary<RepositoryBranch, (string Url, List<string> UsedBy, bool PullRequests)> targets, RepositoryBranch key, string url, string? usedBy)
    {
        // Owner and name are case-insensitive on GitHub: fold "Homelab/Fleet" and "homelab/fleet" together.
        var existing = targets.Keys.FirstOrDefault(k => k.Branch == key.Branch && k.Repository.FullName.Equals(key.Repository.FullName, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            targets[key] = (url, [], false);
            existing = key;
        }

        if (usedBy is not null && !targets[existing].UsedBy.Contains(usedBy))
        {
            targets[existing].UsedBy.Add(usedBy);
        }
    }

    private static string Describe(ResourceKey key) => $"{key.Kind} {key.Namespace}/{key.Name}";
}
