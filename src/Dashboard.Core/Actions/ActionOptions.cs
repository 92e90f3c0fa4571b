namespace Dashboard.Core.Actions;

/// <summary>How actions commit and are tracked.</summary>
public sealed class ActionOptions
{
    /// <summary>How many times one action tries to commit when the branch moves under it (the first try included).</summary>
    public int MaxCommitAttempts { get; set; } = 3;

    /// <summary>How long <see cref="ActionTracker"/> waits for the controller to report the new revision.</summary>
    public TimeSpan TrackingTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Set the controller's own reconcile-now annotation after a commit (needs patch permission). Off by default.</summary>
    public bool ReconcileNudge { get; set; }

    /// <summary>Repositories ("owner/name") whose branches are protected: actions open a pull request instead of committing.</summary>
    public ISet<string> PullRequestRepositories { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often <see cref="PullRequestTracker"/> reads an open pull request (conditional requests: an unchanged one costs no rate limit).</summary>
    public TimeSpan PullRequestPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long <see cref="PullRequestTracker"/> waits for a pull request to be merged before it reports what it knows.</summary>
    public TimeSpan PullRequestTimeout { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many recent commits start-up settlement reads per branch to find a commit of a Pending row.</summary>
    public int SettlementCommitWindow { get; set; } = 50;
}
