using System.Text.Json.Nodes;
using Dashboard.Core.GitOps;
using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes.Store;

namespace Dashboard.Sandbox.Seeding;

/// <summary>
/// The GitHub repositories the seeded upstream fixtures deploy from (Argo CD sources, Flux GitRepositories), besides
/// homelab/fleet-infra. The sandbox serves a small repository for each, so that the dashboard's Commits page has
/// something to show for every app and an idle sandbox polls only with conditional requests, never into a 404.
/// </summary>
public static class UpstreamRepositorySeed
{
    /// <summary>Every github.com repository the objects in <paramref name="store"/> name, with the branches and paths they follow.</summary>
    public static IReadOnlyList<UpstreamRepository> Find(ObjectStore store)
    {
        var found = new Dictionary<string, UpstreamRepository>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in ArgoSources(store))
        {
            Add(found, source["repoURL"]?.GetValue<string>(), SourceResolver.BranchOf(source["targetRevision"]?.GetValue<string>(), out _), source["path"]?.GetValue<string>());
        }

        if (store.Registry.FindByKind("source.toolkit.fluxcd.io/v1", "GitRepository") is { } gitRepositories)
        {
            foreach (var repository in store.List(gitRepositories))
            {
                Add(found, repository["spec"]?["url"]?.GetValue<string>(), repository["spec"]?["ref"]?["branch"]?.GetValue<string>(), null);
            }
        }

        return [.. found.Values.OrderBy(r => r.Identity.FullName, StringComparer.Ordinal)];
    }

    /// <summary>Creates each repository of <see cref="Find"/> under <paramref name="directory"/>; the caller disposes them.</summary>
    public static IReadOnlyList<SandboxGitRepository> Create(ObjectStore store, string directory) =>
        [.. Find(store).Select(r => SandboxGitRepository.CreateUpstream(
            Path.Combine(directory, "upstream", r.Identity.Owner, r.Identity.Name + ".git"), r.Identity, r.Branches, r.Paths))];

    private static IEnumerable<JsonObject> ArgoSources(ObjectStore store)
    {
        foreach (var (kind, specPath) in new[] { ("Application", Array.Empty<string>()), ("ApplicationSet", new[] { "template", "spec" }) })
        {
            if (store.Registry.FindByKind("argoproj.io/v1alpha1", kind) is not { } type)
            {
                continue;
            }

            foreach (var obj in store.List(type))
            {
                var spec = specPath.Aggregate(obj["spec"], (node, key) => node?[key]);
                if (spec?["source"] is JsonObject single)
                {
                    yield return single;
                }

                foreach (var source in (spec?["sources"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    yield return source;
                }
            }
        }
    }

    private static void Add(Dictionary<string, UpstreamRepository> found, string? url, string? branch, string? path)
    {
        if (!SourceResolver.TryParseGitHub(url, null, out var identity, out _)
            || identity.FullName.Equals($"{SandboxGitRepository.Owner}/{SandboxGitRepository.Name}", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!found.TryGetValue(identity.FullName, out var repository))
        {
            repository = new UpstreamRepository(identity, [SandboxGitRepository.BranchName], []);
            found[identity.FullName] = repository;
        }

        if (branch is not null && !repository.Branches.Contains(branch))
        {
            repository.Branches.Add(branch);
        }

        var normalized = SourceResolver.NormalizePath(path);
        if (path is not null && !normalized.Contains("{{", StringComparison.Ordinal) && !repository.Paths.Contains(normalized))
        {
            repository.Paths.Add(normalized);
        }
    }
}
