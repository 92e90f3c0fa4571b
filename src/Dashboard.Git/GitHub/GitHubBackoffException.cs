namespace Dashboard.Git.GitHub;

/// <summary>Thrown instead of sending a request while GitHub's rate limit says to hold back longer than we are willing to wait.</summary>
public sealed class GitHubBackoffException(DateTimeOffset retryAt)
    : Exception($"GitHub rate limit: holding back requests until {retryAt:u}.")
{
    public DateTimeOffset RetryAt { get; } = retryAt;
}
