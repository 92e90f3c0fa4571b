using System.Net;
using Dashboard.Core.GitOps;
using Octokit;

namespace Dashboard.Git.GitHub;

/// <summary>Turns Octokit and transport exceptions into <see cref="GitAccessException"/> / readable reasons.</summary>
internal static class GitHubErrors
{
    public static GitAccessException ToAccessException(Exception exception, GitRepositoryRef repository, string what)
    {
        var (kind, retryAt) = Classify(exception);
        return new GitAccessException($"GitHub: {what} in {repository} failed: {Describe(exception)}", kind, exception, retryAt);
    }

    public static (GitFailureKind Kind, DateTimeOffset? RetryAt) Classify(Exception exception) => exception switch
    {
        GitHubBackoffException backoff => (GitFailureKind.RateLimited, backoff.RetryAt),
        RateLimitExceededException primary => (GitFailureKind.RateLimited, primary.Reset),
        SecondaryRateLimitExceededException => (GitFailureKind.RateLimited, null),
        NotFoundException => (GitFailureKind.NotFound, null),
        AuthorizationException => (GitFailureKind.Unauthorized, null),
        ForbiddenException => (GitFailureKind.Unauthorized, null),
        ApiException { StatusCode: >= HttpStatusCode.InternalServerError } => (GitFailureKind.Unavailable, null),
        HttpRequestException or TaskCanceledException => (GitFailureKind.Unavailable, null),
        _ => (GitFailureKind.Invalid, null),
    };

    public static string Describe(Exception exception) => exception switch
    {
        GitHubBackoffException backoff => $"rate limited; not sending requests until {backoff.RetryAt:u}",
        RateLimitExceededException primary => $"API rate limit exhausted; resets at {primary.Reset:u}",
        SecondaryRateLimitExceededException => "secondary rate limit exceeded; try again in a few minutes",
        ApiException api => $"HTTP {(int)api.StatusCode} {api.ApiError?.Message ?? api.Message}",
        _ => exception.Message,
    };
}
