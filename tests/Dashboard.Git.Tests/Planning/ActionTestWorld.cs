using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Data;
using Dashboard.Git.Planning;
using Dashboard.Git.Tests.GitHub;
using Dashboard.Sandbox.GitHub;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Git.Tests.Planning;

/// <summary>
/// The real action flow against the GitHub emulator: real resolver and planners, Octokit over HTTP, audit log on a
/// real SQLite file, and a cluster store holding the seeded repository's apps the way the watchers would.
/// </summary>
internal sealed class ActionTestWorld : IAsyncDisposable
{
    public const string Cluster = "sandbox";
    public const string RepoUrl = SandboxGitRepository.CloneUrl;

    public static readonly ResourceKey Whoami = new(Cluster, ResourceKind.ArgoApplication, "argocd", "whoami");
    public static readonly ResourceKey Apps = new(Cluster, ResourceKind.FluxKustomization, "flux-system", "apps");
    public static readonly ResourceKey FluxSystem = new(Cluster, ResourceKind.FluxKustomization, "flux-system", "flux-system");
    public static readonly ResourceKey Podinfo = new(Cluster, ResourceKind.FluxHelmRelease, "podinfo", "podinfo");

    private readonly TempDirectory _data = new("dashboard-actions-db");

    private ActionTestWorld(GitHubTestWorld github)
    {
        GitHub = github;
        Seed(Store);
        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseDashboardSqlite(_data.File("audit.db")).Options;
        using (var db = new DashboardDbContext((DbContextOptions<DashboardDbContext>)options))
        {
            db.Database.Migrate();
        }

        Audit = new EfAuditLog(new ContextFactory((DbContextOptions<DashboardDbContext>)options));
        Resolver = new AppSourceResolver(github.Reader, new SourceResolverOptions());
        Service = CreateService();
    }

    public GitHubTestWorld GitHub { get; }

    public ClusterStore Store { get; } = new();

    public EfAuditLog Audit { get; }

    public AppSourceResolver Resolver { get; }

    public ActionOptions Options { get; } = new();

    public ActionService Service { get; }

    public static ActionUser Alice { get; } = new("alice", true);

    public static async Task<ActionTestWorld> StartAsync() => new(await GitHubTestWorld.StartAsync());

    /// <summary>Another ActionService over the same repository, as a second dashboard process would be (no shared lock).</summary>
    public ActionService CreateService() => new(Store, GitHub.Reader, GitHub.Writer, Audit, new RoleActionAuthorizer(),
        [new RollbackPlanner(Resolver, GitHub.Reader), new ManifestActionPlanner(Resolver, GitHub.Reader)],
        Options, TimeProvider.System, NullLogger<ActionService>.Instance);

    public string Sha(string label) => GitHub.Repository.Sha(label);

    public async ValueTask DisposeAsync()
    {
        await GitHub.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    private static void Seed(ClusterStore store)
    {
        store.Upsert(new GitSourceStatus { Key = new(Cluster, ResourceKind.FluxGitRepository, "flux-system", "flux-system"), Url = RepoUrl, Branch = "main" });
        store.Upsert(new AppStatus
        {
            Key = Whoami,
            Controller = Controller.ArgoCD,
            Source = new AppSource(RepoUrl, "argocd/whoami", "main"),
            AutoSync = true,
        });
        store.Upsert(new AppStatus
        {
            Key = FluxSystem,
            Controller = Controller.Flux,
            Source = new AppSource("", "./clusters/production", "", SourceRef: "GitRepository/flux-system/flux-system"),
            Resources = [Managed("kustomize.toolkit.fluxcd.io", "Kustomization", "flux-system", "apps")],
        });
        store.Upsert(new AppStatus
        {
            Key = Apps,
            Controller = Controller.Flux,
            Source = new AppSource("", "./apps/production", "", SourceRef: "GitRepository/flux-system/flux-system"),
            AutoSync = true,
            Resources = [Managed("helm.toolkit.fluxcd.io", "HelmRelease", "podinfo", "podinfo")],
        });
        store.Upsert(new AppStatus { Key = Podinfo, Controller = Controller.Flux, AutoSync = true });
    }

    private static ManagedResource Managed(string group, string kind, string ns, string name) =>
        new(group, "v1", kind, ns, name, SyncState.Unknown, HealthState.Unknown);

    private sealed class ContextFactory(DbContextOptions<DashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new(options);
    }
}
