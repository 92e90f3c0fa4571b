using Octokit;
using Octokit.Internal;

namespace Dashboard.Git.GitHub;

/// <summary>
/// Builds the one Octokit client of the process: base URL (github.com, Enterprise or the emulator), credentials,
/// the rate-limit layer and the ETag cache. Credentials come from an <see cref="ICredentialStore"/>: the given one, a
/// <see cref="GitHubAppCredentialStore"/> when <see cref="GitHubOptions.App"/> is set, else the token (or anonymous).
/// </summary>
public sealed class GitHubClientFactory(GitHubOptions options, RateLimitTracker tracker, ICredentialStore? credentialStore = null)
{
    public ETagResponseCache Cache { get; } = new(options.CacheEntries);

    public RateLimitTracker RateLimits => tracker;

    public IGitHubClient Create()
    {
        var credentials = credentialStore
            ?? (options.App is { } app ? new GitHubAppCredentialStore(app, ApiAddress(options.BaseUrl), tracker.TimeProvider) : (ICredentialStore?)null)
            ?? new InMemoryCredentialStore(string.IsNullOrEmpty(options.Token) ? Credentials.Anonymous : new Credentials(options.Token));
        var http = new RateLimitingHttpClient(new HttpClientAdapter(HttpMessageHandlerFactory.CreateDefault), tracker, options);
        var connection = new Connection(new ProductHeaderValue(options.ProductName), ApiAddress(options.BaseUrl), credentials, http, new SimpleJsonSerializer());
        return new GitHubClient(connection) { ResponseCache = Cache };
    }

    /// <summary>
    /// What Octokit's GitHubClient does to a base URL (Connection does not): github.com → api.github.com, any other
    /// host → <c>/api/v3/</c> on that host.
    /// </summary>
    public static Uri ApiAddress(Uri? baseUrl)
    {
        if (baseUrl is null || baseUrl.Host is "github.com" or "api.github.com")
        {
            return new Uri("https://api.github.com/");
        }

        return new Uri(baseUrl, "/api/v3/");
    }
}
