using System.Collections.Immutable;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Tests.Repositories;

/// <summary>Hand-made cluster snapshots and branch states for the repository logic.</summary>
internal static class RepositoryWorld
{
    public const string Url = "https://github.com/homelab/fleet-infra";

    public static RepositoryBranch Main { get; } = new(new GitRepositoryRef("homelab", "fleet-infra"), "main");

    public static AppStatus Argo(string name, string path, string? revision, string repoUrl = Url + ".git", string target = "main", string? chart = null) => new()
    {
        Key = new ResourceKey("sandbox", ResourceKind.ArgoApplication, "argocd", name),
        Controller = Controller.ArgoCD,
        Revision = revision,
        Source = new AppSource(repoUrl, path, target, chart),
    };

    public static AppStatus Kustomization(string name, string path, string? revision) => new()
    {
        Key = new ResourceKey("sandbox", ResourceKind.FluxKustomization, "flux-system", name),
        Controller = Controller.Flux,
        Revision = revision,
        Source = new AppSource("", path, "", SourceRef: "GitRepository/flux-system/flux-system"),
    };

    public static GitSourceStatus FluxSource(string url = Url, string? branch = "main", string name = "flux-system") => new()
    {
        Key = new ResourceKey("sandbox", ResourceKind.FluxGitRepository, "flux-system", name),
        Url = url,
        Branch = branch,
    };

    public static ClusterSnapshot Snapshot(params IClusterItem[] items) =>
        ClusterSnapshot.Empty with { Items = items.ToImmutableDictionary(i => i.Key) };

    public static CommitInfo Commit(string sha, params string[] paths) =>
        new(sha, [], "Alice", "alice@homelab.example", new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), $"change {sha}", paths);

    /// <summary>Newest first: c5 (whoami) · c4 (notes) · c3 (apps/production) · c2 (whoami) · c1 (apps/base).</summary>
    public static RepositoryState State() => new()
    {
        Key = Main,
        Url = Url,
        Head = "c5",
        Commits =
        [
            Commit("c5", "argocd/whoami/deployment.yaml"),
            Commit("c4", "notes/readme.txt"),
            Commit("c3", "apps/production/podinfo-values.yaml"),
            Commit("c2", "argocd/whoami/deployment.yaml"),
            Commit("c1", "apps/base/podinfo/release.yaml"),
        ],
    };
}
