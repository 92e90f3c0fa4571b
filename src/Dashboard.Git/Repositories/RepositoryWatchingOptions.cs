using Dashboard.Core.GitOps;

namespace Dashboard.Git.Repositories;

public sealed class RepositoryWatchingOptions
{
    /// <summary>How often each branch head is read (a conditional request: an unchanged head costs no rate limit).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the cluster is checked for newly referenced branches (CPU only, no request).</summary>
    public TimeSpan TargetCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Recent commits kept per branch, each with its changed paths.</summary>
    public int MaxCommits { get; set; } = 50;

    /// <summary>Repositories to show besides those the cluster deploys from.</summary>
    public List<ConfiguredRepository> Repositories { get; set; } = [];
}
