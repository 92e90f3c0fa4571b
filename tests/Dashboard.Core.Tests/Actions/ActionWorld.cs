using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Core.Tests.Actions;

/// <summary>An ActionService over fakes: one Argo app "whoami" deploying argocd/whoami from homelab/fleet-infra@main.</summary>
internal sealed class ActionWorld
{
    public const string AppPath = "argocd/whoami";

    public static readonly ResourceKey App = new("sandbox", ResourceKind.ArgoApplication, "argocd", "whoami");
    public static readonly GitRepositoryRef Repo = new("homelab", "fleet-infra");

    public ActionWorld()
    {
        Git = new FakeGitRepository(Events);
        Writer = new FakeGitWriter(Git, Events);
        Audit = new FakeAuditLog(Events);
        OldRevision = Git.AddRevision(new Dictionary<string, string>
        {
            [$"{AppPath}/deployment.yaml"] = "image: traefik/whoami:v1.10.1\n",
            ["README.md"] = "fleet\n",
        });
        Git.AddRevision(new Dictionary<string, string>
        {
            [$"{AppPath}/deployment.yaml"] = "image: traefik/whoami:v1.11.0\n",
            ["README.md"] = "fleet, v2\n",
        });
        Store.Upsert(new AppStatus
        {
            Key = App,
            Controller = Controller.ArgoCD,
            Revision = Git.Head,
            Source = new AppSource("https://github.com/homelab/fleet-infra.git", AppPath, "main"),
        });
        var resolver = new FixedResolver(new AppLocation(Repo, "main", AppPath));
        Service = new ActionService(Store, Git, Writer, Audit, new RoleActionAuthorizer(), [new RollbackPlanner(resolver, Git)],
            Options, Time, NullLogger<ActionService>.Instance);
    }

    public static ActionUser Operator { get; } = new("alice", true);

    public static ActionUser Viewer { get; } = new("victor", false);

    public ActionEvents Events { get; } = new();

    public FakeGitRepository Git { get; }

    public FakeGitWriter Writer { get; }

    public FakeAuditLog Audit { get; }

    public ClusterStore Store { get; } = new();

    public ActionOptions Options { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public ActionService Service { get; }

    public string OldRevision { get; }

    public ActionRequest.Rollback RollbackToOld => new(App, OldRevision);

    private sealed class FixedResolver(AppLocation location) : IAppSourceResolver
    {
        public Task<AppLocation> ResolveAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default) => Task.FromResult(location);

        public Task<AppDefinition> FindDefinitionAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default) =>
            throw new ActionException(ActionErrorKind.NotInGit, "not in this fake");
    }
}
