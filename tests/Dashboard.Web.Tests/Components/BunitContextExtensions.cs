using Bunit;
using Dashboard.Core.Cluster;
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
        return context;
    }

    private sealed class FakeConnectedClusters(IReadOnlyList<ClusterConnectionInfo> clusters) : IConnectedClusters
    {
        public IReadOnlyList<ClusterConnectionInfo> Clusters { get; } = clusters;
    }
}
