using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>The result of executing an action, in words for the page and the API.</summary>
/// <param name="TrackKey">The app whose revision shows the controller picked the commit up (for a HelmRelease: the Kustomization applying it, when known).</param>
/// <param name="Nudge">What the optional reconcile-now annotation did, when it ran.</param>
/// <param name="PullRequestNumber">In pull-request mode, the number of the opened pull request.</param>
public sealed record ActionOutcome(
    ActionStatus Status,
    ResourceKey App,
    string Message,
    long? AuditId,
    GitRepositoryRef? Repository = null,
    string? Branch = null,
    string? CommitSha = null,
    string? PullRequestUrl = null,
    int Attempts = 0,
    string? Diff = null,
    ResourceKey? TrackKey = null,
    string? Nudge = null,
    int? PullRequestNumber = null)
{
    public bool Succeeded => Status is ActionStatus.Committed or ActionStatus.PullRequestOpened or ActionStatus.NoChange;
}
