using Dashboard.Core.Actions;
using Dashboard.Core.GitOps;
using Dashboard.Git.Planning;
using Dashboard.Kubernetes.Nudge;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Hosting;

public static class ActionServicesExtensions
{
    /// <summary>Actions (Core flow, Git planners). The audit log comes with AddDashboardData, the Git host with AddDashboardGit.</summary>
    public static IServiceCollection AddDashboardActionServices(this IServiceCollection services, GitOptions? git = null)
    {
        services.AddDashboardActions(actions =>
        {
            actions.ReconcileNudge = git?.ReconcileNow ?? false;
            // Dashboard:Git:Repositories:N:PullRequestMode: actions on that repository open a pull request instead of committing.
            foreach (var repository in git?.Repositories.Where(r => r.PullRequestMode) ?? [])
            {
                if (GitRepositoryRef.TryParse(repository.Url, out var parsed))
                {
                    actions.PullRequestRepositories.Add(parsed.FullName);
                }
            }
        });
        services.AddDashboardGitPlanning();
        if (git?.ReconcileNow == true)
        {
            // Dashboard:Git:ReconcileNow: the one optional cluster write (needs 'patch' on the controllers' objects).
            services.AddSingleton<IReconcileNudger, ReconcileNudger>();
        }

        return services;
    }
}
