using Bunit;
using Dashboard.Core.Cluster;
using Dashboard.Core.Actions;
using Dashboard.Core.GitOps;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Testing;
using Dashboard.Web.Authentication;
using Dashboard.Web.Configuration;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Actions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Components;

/// <summary>The MudBlazor services and the hand-filled store every component test needs, set up once.</summary>
internal static class BunitContextExtensions
{
    public static ClusterStore WithDashboardServices(this BunitContext context, params ClusterConnectionInfo[] clusters)
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton<IConnectedClusters>(new FakeConnectedClusters(clusters));
        context.Services.AddSingleton(new VersionInfo("1.2.3-test"));
        context.Services.AddSingleton(new Dashboard.Web.Model.Apps.AppListViewCache());
        context.Services.AddSingleton(new DashboardAuthenticationInfo(AuthMode.None));
        var user = context.AddAuthorization();
        user.SetAuthorized("local");
        user.SetRoles(DashboardRoles.Viewer, DashboardRoles.Operator, DashboardRoles.Admin);
        var time = new FakeTimeProvider(Build.Now);
        context.Services.AddSingleton<TimeProvider>(time);
        context.Services.AddSingleton(new ProblemFinder(time));
        var store = new ClusterStore();
        context.Services.AddSingleton<IClusterStore>(store);
        var repositories = new RepositoryStore();
        context.Services.AddSingleton(repositories).AddSingleton<IRepositoryStore>(repositories);
        var git = new ComponentTestGit();
        context.Services.AddSingleton<IGitRepository>(git).AddSingleton<IGitWriter>(git).AddSingleton<IAuditLog>(git).AddSingleton<IAppSourceResolver>(git).AddSingleton<IPullRequestReader>(git);
        context.Services.AddDashboardActions();
        context.Services.AddAuthenticationCore();
        context.Services.AddScoped<PageUserResolver>();
        return store;
    }

    /// <summary>Marks every kind as watched and current, as a healthy cluster would.</summary>
    public static void MarkAllWatching(this ClusterStore store, string cluster = Build.Cluster)
    {
        foreach (var kind in Enum.GetValues<ResourceKind>())
        {
            store.SetWatchState(new KindWatchState(cluster, kind, WatchPhase.Watching, null, Build.Now));
        }
    }

    private sealed class FakeConnectedClusters(IReadOnlyList<ClusterConnectionInfo> clusters) : IConnectedClusters
    {
        public IReadOnlyList<ClusterConnectionInfo> Clusters { get; } = clusters;
    }
}
