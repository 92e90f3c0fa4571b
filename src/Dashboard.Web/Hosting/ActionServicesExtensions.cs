using Dashboard.Core.Actions;
using Dashboard.Git.Planning;

namespace Dashboard.Web.Hosting;

public static class ActionServicesExtensions
{
    /// <summary>Actions (Core flow, Git planners). The audit log comes with AddDashboardData, the Git host with AddDashboardGit.</summary>
    public static IServiceCollection AddDashboardActionServices(this IServiceCollection services)
    {
        services.AddDashboardActions();
        services.AddDashboardGitPlanning();
        return services;
    }
}
