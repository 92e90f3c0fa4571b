using System.Net;
using Dashboard.Core.Streaming;
using Dashboard.Data;
using Dashboard.Web.Configuration;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Metrics;

/// <summary><c>GET /metrics</c>: Prometheus text, authorized like <c>/api/status</c> (API token or signed-in user), or anonymous from the configured networks.</summary>
public static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", async (IClusterStore store, TimeProvider time, VersionInfo version, WatchReconnectCounter reconnects,
            AuditCounts audit, CancellationToken cancellationToken) =>
        {
            var input = new MetricsInput(store.Current, time.GetUtcNow(), version.Version, reconnects.Counts(), await audit.CountAsync(cancellationToken));
            return Results.Text(DashboardMetrics.Render(input), PrometheusTextWriter.ContentType);
        }).RequireAuthorization(MetricsAccessRequirement.PolicyName).ExcludeFromDescription();
        return endpoints;
    }

    public static IServiceCollection AddDashboardMetrics(this IServiceCollection services, MetricsOptions options)
    {
        var networks = options.AnonymousNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => IPNetwork.Parse(n.Trim())).ToList();
        services.AddAuthorizationBuilder().AddPolicy(MetricsAccessRequirement.PolicyName, p => p.AddRequirements(new MetricsAccessRequirement(networks)));
        services.AddSingleton<IAuthorizationHandler, MetricsAccessHandler>();
        services.AddSingleton<WatchReconnectCounter>();
        services.AddHostedService<WatchReconnectListener>();
        return services;
    }
}
