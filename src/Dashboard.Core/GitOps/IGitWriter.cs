namespace Dashboard.Core.GitOps;

/// <summary>
/// Writes commits. Never force-pushes and never retries a conflict itself: a moved head is reported as
/// <see cref="CommitResult.Conflict"/> so the caller can re-plan on the new head. Failures are results, not exceptions.
/// </summary>
public interface IGitWriter
{
    Task<CommitResult> CommitAsync(CommitPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Commits the plan on a new branch <see cref="PullRequestPlan.HeadBranch"/> from the base head and opens a pull request into <see cref="CommitPlan.Branch"/>.</summary>
    Task<CommitResult> OpenPullRequestAsync(CommitPlan plan, PullRequestPlan pullRequest, CancellationToken cancellationToken = default);
}
