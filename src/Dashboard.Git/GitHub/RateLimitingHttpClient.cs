using Octokit;
using Octokit.Internal;

namespace Dashboard.Git.GitHub;

/// <summary>
/// Sits under Octokit's caching client, so it sees every real response (including 304s): feeds the
/// <see cref="RateLimitTracker"/>, waits out short rate limits (TimeProvider-based) and retries, and refuses to
/// send while a long limit is in force instead of hammering GitHub.
/// </summary>
internal sealed class RateLimitingHttpClient(IHttpClient inner, RateLimitTracker tracker, GitHubOptions options) : IHttpClient
{
    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            await WaitAsync(cancellationToken);
            var response = await inner.Send(request, cancellationToken, preprocessResponseBody);
            var refused = tracker.Observe(response.StatusCode, response.Headers, response.Body as string);
            if (!refused || attempt >= options.MaxRateLimitRetries || tracker.CurrentWait() > options.MaxAutoWait)
            {
                // Octokit turns a refusal into RateLimitExceededException / SecondaryRateLimitExceededException.
                return response;
            }
        }
    }

    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = tracker.CurrentWait();
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        if (wait > options.MaxAutoWait)
        {
            throw new GitHubBackoffException(tracker.BlockedUntil!.Value);
        }

        // Sleep in steps of at most a second and re-read the wait after each: a clock that moves while the timer is
        // being set up (a suspended host, a test's fake clock) then costs at most one step, never a whole second wait.
        while ((wait = tracker.CurrentWait()) > TimeSpan.Zero)
        {
            await Task.Delay(wait < MaxStep ? wait : MaxStep, tracker.TimeProvider, cancellationToken);
        }
    }

    private static readonly TimeSpan MaxStep = TimeSpan.FromSeconds(1);

    public void SetRequestTimeout(TimeSpan timeout) => inner.SetRequestTimeout(timeout);

    public void Dispose() => inner.Dispose();
}
