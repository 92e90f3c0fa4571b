using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Dashboard.Git.GitHub;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Dashboard.Git.Repositories;

public static class RepositoryWatchingExtensions
{
    /// <summary>
    /// Registers the repository store, the GitHub connection (built on first use from <paramref name="gitHubOptions"/>,
    /// which may read services that only exist once the host started, such as the sandbox) and the watcher.
    /// </summary>
    public static IServiceCollection AddRepositoryWatching(
        this IServiceCollection services, Func<IServiceProvider, GitHubOptions> gitHubOptions, Action<RepositoryWatchingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(gitHubOptions);
        var options = new RepositoryWatchingOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => GitHubConnection.Create(gitHubOptions(sp), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<RepositoryStore>();
        services.TryAddSingleton<IRepositoryStore>(sp => sp.GetRequiredService<RepositoryStore>());
        services.TryAddSingleton(sp => new RepositoryWatcher(
            sp.GetRequiredService<IClusterStore>(),
            sp.GetRequiredService<RepositoryStore>(),
            sp.GetRequiredService<GitHubConnection>,
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RepositoryWatcher>>()));
        services.TryAddSingleton<IRepositoryRefresher>(sp => sp.GetRequiredService<RepositoryWatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<RepositoryWatcher>());
        return services;
    }
}
