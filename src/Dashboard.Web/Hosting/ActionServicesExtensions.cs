using Dashboard.Core.Actions;
using Dashboard.Core.GitOps;
using Dashboard.Git.Planning;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Hosting;

public static class ActionServicesExtensions
{
    /// <summary>
    /// Actions (Core flow, Git planners). The audit log comes with AddDashboardData. When no Git host has been
    /// registered (GitHub wiring lands separately), actions answer with a clear "no Git host configured" error.
    /// </summary>
    public static IServiceCollection AddDashboardActionServices(this IServiceCollection services)
    {
        services.AddDashboardActions();
        services.AddDashboardGitPlanning();
        services.TryAddSingleton<UnconfiguredGit>();
        services.TryAddSingleton<IGitRepository>(sp => sp.GetRequiredService<UnconfiguredGit>());
        services.TryAddSingleton<IGitWriter>(sp => sp.GetRequiredService<UnconfiguredGit>());
        return services;
    }
}
