using Dashboard.Core.Actions;
using Dashboard.Core.GitOps;
using Dashboard.Git.GitHub;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Octokit;

namespace Dashboard.Git.Planning;

public static class PlanningServiceCollectionExtensions
{
    /// <summary>The Git side of actions: where apps live (<see cref="AppSourceResolver"/>) and the set-version/pause/resume planner.</summary>
    public static IServiceCollection AddDashboardGitPlanning(this IServiceCollection services, Action<SourceResolverOptions>? configure = null)
    {
        var options = new SourceResolverOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IAppSourceResolver, AppSourceResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActionPlanner, ManifestActionPlanner>());
        return services;
    }

    /// <summary>The one Octokit client of the process and the reader/writer over it.</summary>
    public static IServiceCollection AddDashboardGitHub(this IServiceCollection services, GitHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => new RateLimitTracker(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new GitHubClientFactory(sp.GetRequiredService<GitHubOptions>(), sp.GetRequiredService<RateLimitTracker>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<GitHubClientFactory>().Create());
        services.TryAddSingleton<IGitRepository>(sp => new GitHubRepositoryReader(sp.GetRequiredService<IGitHubClient>()));
        services.TryAddSingleton<IGitWriter>(sp => new GitHubCommitWriter(sp.GetRequiredService<IGitHubClient>()));
        return services;
    }
}
