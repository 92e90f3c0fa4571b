using System.Runtime.CompilerServices;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>
/// Pull-request mode's tracking: "PR #N open → merged as &lt;sha&gt; → controller runs &lt;sha&gt;". Polls the pull request
/// (<see cref="ActionOptions.PullRequestPollInterval"/>) until merged or closed, then follows the merge commit with
/// <see cref="ActionTracker"/>. What the controller runs still comes only from the store.
/// </summary>
public sealed class PullRequestTracker(IPullRequestReader reader, ActionTracker tracker, ActionOptions options, TimeProvider time)
{
    /// <summary>Yields PullRequestOpen, then PullRequestMerged and ActionTracker's states; or PullRequestClosed / TimedOut.</summary>
    public async IAsyncEnumerable<TrackingState> TrackAsync(
        ResourceKey app, GitRepositoryRef repository, int number, string sha, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha);
        yield return new TrackingState.PullRequestOpen(number, sha);

        var deadline = time.GetUtcNow() + options.PullRequestTimeout;
        string? lastError = null;
        string? mergeSha = null;
        while (mergeSha is null)
        {
            PullRequestState? state = null;
            try
            {
                state = await reader.GetPullRequestAsync(repository, number, cancellationToken);
                lastError = null;
            }
            catch (GitAccessException exception)
            {
                // Transient (5xx, rate limit): keep the last known state and read again at the next poll.
                lastError = exception.Message;
            }

            switch (state)
            {
                case { Status: PullRequestStatus.Closed }:
                    yield return new TrackingState.PullRequestClosed(number, $"Pull request #{number} of {repository} was closed without merging; nothing reaches the branch.");
                    yield break;
                case { Status: PullRequestStatus.Merged, MergeCommitSha: { Length: > 0 } merged }:
                    mergeSha = merged;
                    continue;
            }

            if (time.GetUtcNow() >= deadline)
            {
                var known = lastError is null ? "it is still open" : $"it could not be read: {lastError}";
                yield return new TrackingState.TimedOut(sha, null, HealthState.Unknown,
                    $"After {options.PullRequestTimeout.TotalHours:0.#} h pull request #{number} of {repository} is not merged; {known}.");
                yield break;
            }

            await Task.Delay(options.PullRequestPollInterval, time, cancellationToken);
        }

        yield return new TrackingState.PullRequestMerged(number, mergeSha);
        await foreach (var state in tracker.TrackAsync(app, mergeSha, cancellationToken))
        {
            if (state is not TrackingState.Committed)
            {
                yield return state;
            }
        }
    }
}
