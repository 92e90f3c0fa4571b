using Bunit;
using Dashboard.Core.Cluster;
using Dashboard.Web.Authentication;
using Dashboard.Web.Configuration;
using Dashboard.Web.Model;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Components;

/// <summary>The MudBlazor services and fakes every component test needs, set up once.</summary>
internal static class BunitContextExtensions
{
    public static BunitContext WithDashboardServices(this BunitContext context, params ClusterConnectionInfo[] clusters)
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton<IConnectedClusters>(new FakeConnectedClusters(clusters));
        context.Services.AddSingleton(new VersionInfo("1.2.3-test"));
        context.Services.AddSingleton(new DashboardAuthenticationInfo(AuthMode.None));
        var user = context.AddAuthorization();
        user.SetAuthorized("local");
        user.SetRoles(DashboardRoles.Viewer, DashboardRoles.Operator, DashboardRoles.Admin);
        return context;
    }

    private sealed class FakeConnectedClusters(IReadOnlyList<ClusterConnectionInfo> clusters) : IConnectedClusters
    {
        public IReadOnlyList<ClusterConnectionInfo> Clusters { get; } = clusters;
    }
}
