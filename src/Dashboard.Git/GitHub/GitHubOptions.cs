namespace Dashboard.Git.GitHub;

/// <summary>How to reach GitHub (or GitHub Enterprise, or the sandbox emulator).</summary>
public sealed class GitHubOptions
{
    /// <summary>Null for github.com; otherwise the server root (e.g. <c>https://ghe.example.com/</c>), to which <c>api/v3/</c> is appended.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>A personal access token or fine-grained token; null for anonymous access (60 requests an hour).</summary>
    public string? Token { get; set; }

    /// <summary>GitHub App installation credentials; when set they are used instead of <see cref="Token"/>.</summary>
    public GitHubAppCredentials? App { get; set; }

    public string ProductName { get; set; } = "Dashboard";

    /// <summary>The longest wait for a rate limit that a call sits out before retrying; longer limits fail fast with the reset time.</summary>
    public TimeSpan MaxAutoWait { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How often one request is retried after a rate-limit refusal.</summary>
    public int MaxRateLimitRetries { get; set; } = 2;

    /// <summary>Bound on the ETag cache (responses kept for conditional requests).</summary>
    public int CacheEntries { get; set; } = 2000;
}
