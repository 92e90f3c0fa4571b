namespace Dashboard.Sandbox.GitHub;

/// <summary>How the GitHub emulator behaves.</summary>
public sealed class GitHubEmulatorOptions
{
    /// <summary>The one token accepted (as <c>Token &lt;t&gt;</c> or <c>Bearer &lt;t&gt;</c>).</summary>
    public string Token { get; init; } = "sandbox-token";

    /// <summary>Requests per window (GitHub: 5000 per hour for a token).</summary>
    public int RateLimit { get; init; } = 5000;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Clock for commit dates of created commits and for rate-limit reset times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>GitHub App whose JWTs <c>POST /app/installations/{id}/access_tokens</c> accepts; null: the endpoint answers 404.</summary>
    public GitHubAppRegistration? App { get; init; }

    /// <summary>How long an issued installation token is valid (GitHub: one hour).</summary>
    public TimeSpan InstallationTokenLifetime { get; init; } = TimeSpan.FromHours(1);
}
