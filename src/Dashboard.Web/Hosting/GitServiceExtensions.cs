using Dashboard.Core.GitOps;
using Dashboard.Git.GitHub;
using Dashboard.Git.Repositories;
using Dashboard.Web.Configuration;
using Dashboard.Web.Endpoints;

namespace Dashboard.Web.Hosting;

/// <summary>Reading the repositories: GitHub connection, repository watcher and the push-webhook secret.</summary>
public static class GitServiceExtensions
{
    public static WebApplicationBuilder AddDashboardGit(this WebApplicationBuilder builder, DashboardOptions options)
    {
        var git = options.Git;
        builder.Services.AddSingleton(new GitHubWebhookSettings(git.ResolveWebhookSecret()));
        builder.Services.AddRepositoryWatching(
            sp => options.Sandbox ? SandboxGitHub(sp) : git.ToGitHubOptions(),
            watch =>
            {
                watch.PollInterval = TimeSpan.FromSeconds(git.PollIntervalSeconds);
                watch.Repositories = [.. git.ToConfiguredRepositories()];
            });
        // One Octokit client for reading and writing (created on first use: the sandbox's port is known only then).
        builder.Services.AddSingleton(sp => new DeferredGitHub(sp.GetRequiredService<GitHubConnection>));
        builder.Services.AddSingleton<IGitRepository>(sp => sp.GetRequiredService<DeferredGitHub>());
        builder.Services.AddSingleton<IGitWriter>(sp => sp.GetRequiredService<DeferredGitHub>());
        builder.Services.AddSingleton<IPullRequestReader>(sp => sp.GetRequiredService<DeferredGitHub>());
        return builder;
    }

    /// <summary>The sandbox's GitHub emulator: resolved on first use, after the sandbox hosted service started it.</summary>
    private static GitHubOptions SandboxGitHub(IServiceProvider services)
    {
        var world = services.GetRequiredService<SandboxHostedService>().World;
        return new GitHubOptions { BaseUrl = world.GitHubBaseAddress, Token = world.GitHubToken };
    }
}
