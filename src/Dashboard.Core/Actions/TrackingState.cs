using Dashboard.Core.Cluster;

namespace Dashboard.Core.Actions;

/// <summary>Where a committed action stands, as the controller reports it through the store (never optimistic).</summary>
public abstract record TrackingState
{
    private TrackingState()
    {
    }

    /// <summary>Pull-request mode: the commit waits in an open pull request.</summary>
    public sealed record PullRequestOpen(int Number, string Sha) : TrackingState;

    /// <summary>Pull-request mode: the pull request was merged; the branch now has <paramref name="MergeSha"/>.</summary>
    public sealed record PullRequestMerged(int Number, string MergeSha) : TrackingState;

    /// <summary>Pull-request mode: closed without merging (or unreadable); tracking ends.</summary>
    public sealed record PullRequestClosed(int Number, string Message) : TrackingState;

    /// <summary>The commit is on the branch; nothing is known about the controller yet.</summary>
    public sealed record Committed(string Sha) : TrackingState;

    /// <summary>The controller reports another revision, or the new one with health not settled yet.</summary>
    public sealed record WaitingForController(string Sha, string? Revision, HealthState Health) : TrackingState;

    /// <summary>The controller reports the new commit and a settled health.</summary>
    public sealed record Synced(string Revision, HealthState Health) : TrackingState;

    /// <summary>The timeout passed; what was last known.</summary>
    public sealed record TimedOut(string Sha, string? Revision, HealthState Health, string Message) : TrackingState;
}
