using Dashboard.Core.Cluster;
using Dashboard.Data;
using Dashboard.Core.Health;
using Dashboard.Kubernetes.Connection;
using Dashboard.Kubernetes.Mapping;
using Dashboard.Kubernetes.Watching;
using Dashboard.Web.Authentication;
using Dashboard.Web.Configuration;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Hubs;
using Dashboard.Web.Metrics;
using Dashboard.Web.Model;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Dashboard.Web.Hosting;

/// <summary>The app's composition, one extension per concern.</summary>
public static class DashboardServiceExtensions
{
    public static WebApplicationBuilder AddDashboardServices(this WebApplicationBuilder builder)
    {
        var options = DashboardConfiguration.Load(builder.Configuration);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);

        builder.AddDashboardData(options);
        builder.Services.AddStatusHistory(options.History.RetentionDays);
        builder.AddDashboardCluster(options);
        builder.AddDashboardGit(options);
        builder.AddDashboardAuthentication(options);
        builder.AddDashboardUi();
        builder.Services.AddDashboardActionServices(options.Git);
        builder.Services.AddDashboardNotifications(options.Notifications, DatabasePath(options));
        builder.Services.AddStatusHub();
        builder.Services.AddDashboardMetrics(options.Metrics);
        return builder;
    }

    private static void AddDashboardData(this WebApplicationBuilder builder, DashboardOptions options)
    {
        builder.Services.AddDashboardData(DatabasePath(options));
    }

    private static string DatabasePath(DashboardOptions options) => Path.IsPathRooted(options.Data.Path)
        ? options.Data.Path
        : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, options.Data.Path));

    private static void AddDashboardCluster(this WebApplicationBuilder builder, DashboardOptions options)
    {
        var registry = new ClusterConnectionRegistry();
        builder.Services.AddSingleton(registry);
        builder.Services.AddSingleton<IConnectedClusters>(registry);
        if (options.Sandbox)
        {
            builder.Services.AddSingleton<SandboxHostedService>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<SandboxHostedService>());
        }
        else
        {
            // Resolved now so a missing kubeconfig stops start-up before anything listens.
            registry.Set(ClusterConnectionResolver.Resolve(options.Kubernetes.Clusters
                .Select(c => new ClusterConnectionSettings(Blank(c.Name), Blank(c.Context), Blank(c.KubeconfigPath), c.InCluster)).ToList()));
        }

        builder.Services.AddHostedService<ClusterStartupCheck>();
        builder.Services.AddSingleton<ReadinessProbe>();

        // One list+watch per kind per cluster for the whole process (DESIGN.md rule 1).
        builder.Services.AddResourceMappers();
        builder.Services.AddClusterWatching(watch =>
        {
            watch.WatchTimeout = TimeSpan.FromSeconds(options.Kubernetes.WatchTimeoutSeconds);
            // The sandbox's secrets hold generated certificates, so it shows the feature without the switch.
            watch.ReadTlsSecrets = options.Kubernetes.ReadTlsSecrets || options.Sandbox;
            watch.Namespaces = [.. options.Kubernetes.Namespaces];
        });
        builder.Services.AddSingleton(sp => new ProblemFinder(sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>Compose passes unset variables as empty strings; treat them as not set.</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void AddDashboardUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton(VersionInfo.FromAssembly(typeof(DashboardServiceExtensions).Assembly));
        builder.Services.AddScoped<Model.Actions.PageUserResolver>();

        // The Apps page's filtered/sorted/counted view, computed once per snapshot version and query for every circuit.
        builder.Services.AddSingleton<Model.Apps.AppListViewCache>();
    }
}
