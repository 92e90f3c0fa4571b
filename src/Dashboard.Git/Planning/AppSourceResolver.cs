using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;

namespace Dashboard.Git.Planning;

/// <summary>
/// Where an app lives in Git. Argo: its source repoURL/targetRevision/path. Flux Kustomization: the referenced
/// GitRepository's url and ref.branch plus spec.path. HelmRelease: the Kustomization that applies it. The defining
/// manifest is searched in the folders of the apps that manage the object (their inventory lists it), else in the
/// roots of the repositories the app and its cluster's GitRepositories use, at most <see cref="SourceResolverOptions.MaxFilesScanned"/> files.
/// </summary>
public sealed class AppSourceResolver(IGitRepository git, SourceResolverOptions options) : IAppSourceResolver
{
    public Task<AppLocation> ResolveAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(snapshot);
        return Task.FromResult(Resolve(app, snapshot, depth: 0));
    }

    public async Task<AppDefinition> FindDefinitionAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(snapshot);
        var identity = ManifestIdentity.Of(app.Key);
        var parents = snapshot.Apps
            .Where(p => p.Key.Cluster == app.Key.Cluster && p.Key != app.Key && identity.IsManagedBy(p))
            .Select(p => TryResolve(p, snapshot))
            .OfType<AppLocation>()
            .Distinct()
            .ToList();
        var budget = new ScanBudget(options.MaxFilesScanned);
        var scanned = new List<string>();
        var found = await ScanAsync(parents, identity, budget, scanned, cancellationToken);
        if (found.Count == 0)
        {
            var roots = new[] { TryResolve(app, snapshot) }
                .Concat(snapshot.Sources.Where(s => s.Key.Cluster == app.Key.Cluster && s.Branch is not null)
                    .Select(s => GitRepositoryRef.TryParse(s.Url, out var repo) ? new AppLocation(repo, s.Branch!, "") : null))
                .OfType<AppLocation>()
                .Select(l => l with { Path = "" })
                .Distinct()
                .Except(parents)
                .Take(3)
                .ToList();
            found = await ScanAsync(roots, identity, budget, scanned, cancellationToken);
        }

        var complete = found.Where(f => f.Complete).ToList();
        var chosen = complete.Count > 0 ? complete : found;
        if (chosen.Count == 1)
        {
            return chosen[0].Definition;
        }

        var where = scanned.Count == 0 ? "no readable repository" : string.Join(", ", scanned);
        throw chosen.Count == 0
            ? new ActionException(ActionErrorKind.NotInGit,
                $"The manifest that defines {identity.Kind} {identity.Namespace}/{identity.Name} is not in a repository the dashboard can read (searched {where}; {budget.Used} files). Pause and resume edit that manifest, so they are not available for this app.")
            : new ActionException(ActionErrorKind.NotInGit,
                $"{identity.Kind} {identity.Namespace}/{identity.Name} is defined in several files ({string.Join(", ", chosen.Select(c => c.Definition.FilePath))}); the dashboard cannot tell which one the cluster applies.");
    }

    private AppLocation? TryResolve(AppStatus app, ClusterSnapshot snapshot)
    {
        try
        {
            return Resolve(app, snapshot, depth: 0);
        }
        catch (ActionException)
        {
            return null;
        }
    }

    private AppLocation Resolve(AppStatus app, ClusterSnapshot snapshot, int depth)
    {
        var name = $"{app.Key.Kind} {app.Key.Namespace}/{app.Key.Name}";
        switch (app.Key.Kind)
        {
            case ResourceKind.ArgoApplication or ResourceKind.ArgoApplicationSet:
            {
                var source = app.Source ?? throw NotInGit($"{name} has no source in its spec.");
                if (!GitRepositoryRef.TryParse(source.RepoUrl, out var repository) || (source.Chart is not null && source.Path.Length == 0))
                {
                    throw NotInGit($"{name} deploys {(source.Chart is null ? "" : $"chart '{source.Chart}' ")}from '{source.RepoUrl}', which is not a Git repository the dashboard can write.");
                }

                var revision = source.TargetRevision;
                if (revision.Length == 40 && revision.All(char.IsAsciiHexDigit))
                {
                    throw new ActionException(ActionErrorKind.Unsupported,
                        $"{name} is pinned to commit {revision[..7]}, not a branch; change its targetRevision with set-version instead.");
                }

                var branch = revision is "" or "HEAD" ? options.DefaultBranch : revision;
                return new AppLocation(repository, branch, FileEdit.Normalize(source.Path));
            }

            case ResourceKind.FluxKustomization:
            {
                var sourceRef = app.Source?.SourceRef ?? throw NotInGit($"{name} has no sourceRef.");
                var parts = sourceRef.Split('/');
                if (parts.Length != 3 || parts[0] != "GitRepository")
                {
                    throw NotInGit($"{name} takes its manifests from {sourceRef}, not from a GitRepository.");
                }

                var key = new ResourceKey(app.Key.Cluster, ResourceKind.FluxGitRepository, parts[1], parts[2]);
                if (snapshot.Items.GetValueOrDefault(key) is not GitSourceStatus gitSource)
                {
                    throw NotInGit($"{name} uses GitRepository {parts[1]}/{parts[2]}, which the dashboard does not see in the cluster.");
                }

                if (!GitRepositoryRef.TryParse(gitSource.Url, out var repository))
                {
                    throw NotInGit($"GitRepository {parts[1]}/{parts[2]} points at '{gitSource.Url}', which is not a repository URL the dashboard understands.");
                }

                if (string.IsNullOrEmpty(gitSource.Branch))
                {
                    throw new ActionException(ActionErrorKind.Unsupported,
                        $"GitRepository {parts[1]}/{parts[2]} follows {(gitSource.Tag is null ? "a commit" : $"tag '{gitSource.Tag}'")}, not a branch; a commit would not be picked up.");
                }

                return new AppLocation(repository, gitSource.Branch, FileEdit.Normalize(app.Source!.Path));
            }

            case ResourceKind.FluxHelmRelease when depth == 0:
            {
                var identity = ManifestIdentity.Of(app.Key);
                var parent = snapshot.Apps.FirstOrDefault(p => p.Key.Cluster == app.Key.Cluster && p.Key.Kind == ResourceKind.FluxKustomization && identity.IsManagedBy(p))
                    ?? throw NotInGit($"No Flux Kustomization in the cluster lists {name} in its inventory, so its Git folder is unknown.");
                return Resolve(parent, snapshot, depth + 1);
            }

            default:
                throw new ActionException(ActionErrorKind.Unsupported, $"{name} is not an app the dashboard can change through Git.");
        }
    }

    private async Task<List<(AppDefinition Definition, bool Complete)>> ScanAsync(
        IReadOnlyList<AppLocation> locations, ManifestIdentity identity, ScanBudget budget, List<string> scanned, CancellationToken cancellationToken)
    {
        var found = new List<(AppDefinition, bool)>();
        foreach (var location in locations)
        {
            scanned.Add($"{location.Repository}@{location.Branch}:/{location.Path}");
            GitTree? tree;
            try
            {
                tree = await git.GetTreeAsync(location.Repository, location.Path, location.Branch, cancellationToken);
            }
            catch (GitAccessException)
            {
                continue;
            }

            var files = (tree?.Entries ?? [])
                .Where(e => e.Kind == GitTreeEntryKind.Blob && (e.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || e.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)))
                .Select(e => location.Path.Length == 0 ? e.Path : $"{location.Path}/{e.Path}")
                .OrderBy(p => Path.GetFileName(p).Contains(identity.Name, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(p => p.Contains("gotk-components", StringComparison.Ordinal) ? 1 : 0)
                .ThenBy(p => p, StringComparer.Ordinal);
            foreach (var path in files)
            {
                if (!budget.Take())
                {
                    break;
                }

                var file = await git.GetFileAsync(location.Repository, path, location.Branch, cancellationToken);
                if (file is null || file.Content.Length > options.MaxFileBytes)
                {
                    continue;
                }

                found.AddRange(identity.FindIn(file.Text).Select(d => (new AppDefinition(location.Repository, location.Branch, path, d.Index), d.Complete)));
            }
        }

        return found;
    }

    private static ActionException NotInGit(string message) => new(ActionErrorKind.NotInGit, message);

    private sealed class ScanBudget(int limit)
    {
        public int Used { get; private set; }

        public bool Take()
        {
            if (Used >= limit)
            {
                return false;
            }

            Used++;
            return true;
        }
    }
}
