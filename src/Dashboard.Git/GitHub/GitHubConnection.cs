using Octokit;

namespace Dashboard.Git.GitHub;

/// <summary>
/// The process's one GitHub client with its rate-limit tracker, ETag cache and reader, built from
/// <see cref="GitHubOptions"/> on first use (in sandbox mode the options exist only once the emulator runs).
/// </summary>
public sealed class GitHubConnection
{
    private GitHubConnection(GitHubOptions options, GitHubClientFactory factory)
    {
        Options = options;
        Factory = factory;
        Client = factory.Create();
        Reader = new GitHubRepositoryReader(Client);
    }

    public GitHubOptions Options { get; }

    public GitHubClientFactory Factory { get; }

    public IGitHubClient Client { get; }

    public GitHubRepositoryReader Reader { get; }

    public RateLimitTracker RateLimits => Factory.RateLimits;

    /// <summary>The Enterprise (or emulator) host whose URLs count as GitHub besides github.com; null for github.com.</summary>
    public string? EnterpriseHost => Options.BaseUrl is { } url && url.Host is not ("github.com" or "api.github.com") ? url.Host : null;

    public static GitHubConnection Create(GitHubOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new GitHubConnection(options, new GitHubClientFactory(options, new RateLimitTracker(timeProvider)));
    }
}
