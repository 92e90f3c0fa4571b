using System.Collections.Concurrent;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Dashboard.Git.GitHub;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Git.Repositories;

/// <summary>
/// Keeps <see cref="RepositoryStore"/> current: derives the branches to read from the cluster store (and
/// configuration), reads each head with a conditional request every poll interval, and on a new head fetches the
/// recent commits with their changed paths. Failures (404, 401, rate limit) become per-branch states, never a crash.
/// A push webhook or a commit made by the dashboard calls <see cref="RequestRefresh"/> to poll at once.
/// </summary>
public sealed partial class RepositoryWatcher(
    IClusterStore cluster,
    RepositoryStore store,
    Func<GitHubConnection> connect,
    RepositoryWatchingOptions options,
    TimeProvider timeProvider,
    ILogger<RepositoryWatcher> logger) : BackgroundService, IRepositoryRefresher
{
    private const int ChangedPathCacheLimit = 10_000;

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _changedPaths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<RepositoryBranch, bool> _requested = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly SemaphoreSlim _polling = new(1, 1);
    private GitHubConnection? _connection;

    private GitHubConnection Connection => _connection ??= connect();

    public bool RequestRefresh(GitRepositoryRef repository, string? branch = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var matches = store.Current.Branches.Keys
            .Where(k => k.Repository.FullName.Equals(repository.FullName, StringComparison.OrdinalIgnoreCase) && (branch is null || k.Branch == branch))
            .ToList();
        foreach (var key in matches)
        {
            _requested[key] = true;
        }

        if (matches.Count > 0)
        {
            _wake.Release();
        }

        return matches.Count > 0;
    }

    /// <summary>Polls every branch (or only <paramref name="only"/>) once; also drops branches no longer referenced. For the loop and for tests.</summary>
    public async Task PollAsync(IReadOnlySet<RepositoryBranch>? only = null, CancellationToken cancellationToken = default)
    {
        await _polling.WaitAsync(cancellationToken);
        try
        {
            var (targets, ignored) = RepositoryTargets.Derive(cluster.Current, options.Repositories, Connection.EnterpriseHost);
            store.Retain(targets.Select(t => t.Key).ToHashSet(), ignored);
            foreach (var target in targets.Where(t => only is null || only.Contains(t.Key)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                store.Upsert(await PollBranchAsync(target, store.Current.Find(target.Key), cancellationToken));
            }
        }
        finally
        {
            _polling.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextFullPoll = timeProvider.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (timeProvider.GetUtcNow() >= nextFullPoll)
                {
                    nextFullPoll = timeProvider.GetUtcNow() + options.PollInterval;
                    await PollAsync(null, stoppingToken);
                }
                else
                {
                    await PollAsync(TakeDue(), stoppingToken);
                }

                using var slice = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                slice.CancelAfter(Min(options.TargetCheckInterval, options.PollInterval));
                await _wake.WaitAsync(slice.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The slice ended: look for new branches (and refresh requests) again.
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (Exception ex)
            {
                // A bug must not stop the watcher for good; the next round tries again.
                LogPollCrashed(logger, ex);
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _polling.Dispose();
        base.Dispose();
    }

    /// <summary>Branches to poll outside the full round: those asked for, and new ones the cluster started to reference.</summary>
    private HashSet<RepositoryBranch> TakeDue()
    {
        var due = new HashSet<RepositoryBranch>();
        foreach (var key in _requested.Keys)
        {
            if (_requested.TryRemove(key, out _))
            {
                due.Add(key);
            }
        }

        var (targets, _) = RepositoryTargets.Derive(cluster.Current, options.Repositories, Connection.EnterpriseHost);
        due.UnionWith(targets.Select(t => t.Key).Where(k => store.Current.Find(k) is null));
        return due;
    }

    private async Task<RepositoryState> PollBranchAsync(RepositoryTarget target, RepositoryState? previous, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var state = (previous ?? new RepositoryState { Key = target.Key, Url = target.Url }) with
        {
            Url = target.Url,
            UsedBy = target.UsedBy,
            PullRequestMode = target.PullRequestMode,
        };
        if (previous?.RetryAt is { } retryAt && retryAt > now)
        {
            return state;
        }

        var reader = Connection.Reader;
        var repository = target.Key.Repository;
        try
        {
            var head = await reader.GetBranchHeadAsync(repository, target.Key.Branch, cancellationToken);
            if (head != previous?.Head || previous.Commits.Count == 0)
            {
                var commits = await reader.GetRecentCommitsAsync(repository, target.Key.Branch, options.MaxCommits, null, cancellationToken);
                var withPaths = new List<CommitInfo>(commits.Count);
                foreach (var commit in commits)
                {
                    withPaths.Add(commit with { ChangedPaths = await ChangedPathsAsync(repository, commit.Sha, cancellationToken) });
                }

                if (previous?.Head is not null && previous.Head != head)
                {
                    LogNewHead(logger, target.Key.ToString(), previous.Head[..Math.Min(7, previous.Head.Length)], head[..Math.Min(7, head.Length)]);
                }

                state = state with { Head = head, Commits = withPaths, HeadChangedAt = head != previous?.Head ? now : previous.HeadChangedAt };
            }

            state = state with { Error = null, FailureKind = null, RetryAt = null, ConsecutiveFailures = 0 };
        }
        catch (GitAccessException ex)
        {
            if (previous?.Error != ex.Message)
            {
                LogPollFailed(logger, target.Key.ToString(), ex.Kind, ex.Message);
            }

            var failures = (previous?.ConsecutiveFailures ?? 0) + 1;
            state = state with
            {
                Error = ex.Message,
                FailureKind = ex.Kind,
                ConsecutiveFailures = failures,
                RetryAt = ex.RetryAt ?? RepositoryRetry.After(ex.Kind, failures, options.PollInterval, timeProvider.GetUtcNow()),
            };
        }

        var limits = Connection.RateLimits;
        return state with { PolledAt = timeProvider.GetUtcNow(), RateLimitRemaining = limits.Remaining, RateLimitLimit = limits.Limit };
    }

    /// <summary>A commit's files never change: read them once per SHA. A failure leaves them unknown (null) and is retried next time.</summary>
    private async Task<IReadOnlyList<string>?> ChangedPathsAsync(GitRepositoryRef repository, string sha, CancellationToken cancellationToken)
    {
        if (_changedPaths.TryGetValue(sha, out var cached))
        {
            return cached;
        }

        try
        {
            var files = await Connection.Reader.GetChangedFilesAsync(repository, sha, cancellationToken);
            var paths = files.SelectMany(f => f.PreviousPath is null ? [f.Path] : new[] { f.PreviousPath, f.Path }).Distinct(StringComparer.Ordinal).ToArray();
            if (_changedPaths.Count >= ChangedPathCacheLimit)
            {
                _changedPaths.Clear();
            }

            _changedPaths[sha] = paths;
            return paths;
        }
        catch (GitAccessException)
        {
            return null;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Repository {Branch}: head moved {From} → {To}")]
    private static partial void LogNewHead(ILogger logger, string branch, string from, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Repository {Branch}: poll failed ({Kind}): {Reason}")]
    private static partial void LogPollFailed(ILogger logger, string branch, GitFailureKind kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Repository watcher round failed; retrying at the next interval")]
    private static partial void LogPollCrashed(ILogger logger, Exception exception);
}
