using Dashboard.Core.GitOps;

namespace Dashboard.Git.Repositories;

/// <summary>
/// When to ask again for a repository whose last polls failed. A repository that is missing or that the token may not
/// read will not appear by itself within a minute, and each poll of it is a full-price request (GitHub answers 404/401
/// without an ETag to revalidate), so it backs off: twice the poll interval, doubling, capped at 15 minutes. Outages
/// (5xx, network) keep the normal interval, because the repository is fine and the answer may be back next minute.
/// </summary>
public static class RepositoryRetry
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(15);

    public static DateTimeOffset? After(GitFailureKind kind, int consecutiveFailures, TimeSpan pollInterval, DateTimeOffset now)
    {
        if (kind is not (GitFailureKind.NotFound or GitFailureKind.Unauthorized or GitFailureKind.Invalid) || consecutiveFailures < 1)
        {
            return null;
        }

        var factor = Math.Pow(2, Math.Min(consecutiveFailures, 16));
        var wait = TimeSpan.FromTicks((long)Math.Min(pollInterval.Ticks * factor, MaxBackoff.Ticks));
        return now + wait;
    }
}
