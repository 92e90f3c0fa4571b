using Dashboard.Core.Streaming;
using Dashboard.Data;
using Dashboard.Web.Model;

namespace Dashboard.Web.Metrics;

/// <summary><c>GET /metrics</c>: Prometheus text, authorized like <c>/api/status</c> (API token or signed-in user).</summary>
public static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", async (IClusterStore store, TimeProvider time, VersionInfo version, WatchReconnectCounter reconnects,
            AuditCounts audit, CancellationToken cancellationToken) =>
        {
            var input = new MetricsInput(store.Current, time.GetUtcNow(), version.Version, reconnects.Counts(), await audit.CountAsync(cancellationToken));
            return Results.Text(DashboardMetrics.Render(input), PrometheusTextWriter.ContentType);
        }).ExcludeFromDescription();
        return endpoints;
    }

    public static IServiceCollection AddDashboardMetrics(this IServiceCollection services)
    {
        services.AddSingleton<WatchReconnectCounter>();
        services.AddHostedService<WatchReconnectListener>();
        return services;
    }
}
