using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Actions;

/// <summary>
/// The one path every action takes, from the UI and the JSON API alike (DESIGN.md section 1):
/// authorize → plan (diff preview) → audit intent → non-force commit (re-plan on a moved branch) → audit result → optional nudge.
/// </summary>
public sealed class ActionService(
    IClusterStore store,
    IGitRepository git,
    IGitWriter writer,
    IAuditLog audit,
    IActionAuthorizer authorizer,
    IEnumerable<IActionPlanner> planners,
    ActionOptions options,
    TimeProvider time,
    ILogger<ActionService> logger,
    IReconcileNudger? nudger = null)
{
    private readonly IReadOnlyList<IActionPlanner> _planners = [.. planners];
    private readonly BranchLocks _locks = new();

    /// <summary>Plans the action on the current head without writing anything. Throws <see cref="ActionException"/> when it cannot be planned.</summary>
    public async Task<ActionPreview> PreviewAsync(ActionRequest request, ActionUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var (app, snapshot) = FindApp(request.App);
        var planner = PlannerFor(request);
        var target = await GitCall(() => planner.LocateAsync(request, app, snapshot, cancellationToken));
        return await PlanAsync(request, user, app, snapshot, planner, target, cancellationToken);
    }

    /// <summary>Plans on the current head and commits.</summary>
    public Task<ActionOutcome> ExecuteAsync(ActionRequest request, ActionUser user, CancellationToken cancellationToken = default) =>
        ExecuteCoreAsync(request, null, user, cancellationToken);

    /// <summary>Commits what was previewed, on the head it was planned on; re-plans when the branch has moved since.</summary>
    public Task<ActionOutcome> ExecuteAsync(ActionPreview preview, ActionUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return ExecuteCoreAsync(preview.Request, preview, user, cancellationToken);
    }

    private async Task<ActionOutcome> ExecuteCoreAsync(ActionRequest request, ActionPreview? preview, ActionUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var (app, snapshot) = FindApp(request.App);
        var target = request.App.ToString();
        if (authorizer.Refuse(user, request) is { } refusal)
        {
            var deniedId = await audit.WriteIntentAsync(new AuditIntent(time.GetUtcNow(), user.Name, request.Name, target, null, null, null, null), cancellationToken);
            await audit.CompleteAsync(deniedId, new AuditCompletion(AuditState.Denied, time.GetUtcNow(), Error: refusal), cancellationToken);
            logger.LogWarning("Refused {Action} on {App} for {User}: not an operator", request.Name, request.App, user.Name);
            return new ActionOutcome(ActionStatus.Denied, app.Key, refusal, deniedId);
        }

        var planner = PlannerFor(request);
        var location = preview?.Target ?? await GitCall(() => planner.LocateAsync(request, app, snapshot, cancellationToken));
        using var branchLock = await _locks.EnterAsync(location.Repository, location.Branch, cancellationToken);
        var current = preview ?? await PlanAsync(request, user, app, snapshot, planner, location, cancellationToken);
        var trackKey = TrackKeyFor(app, snapshot);
        if (current.NoChange)
        {
            var quietId = await WriteIntentAsync(request, user, current, cancellationToken);
            var said = $"{location.Branch} of {location.Repository} at {PlanningContext.Short(current.BaseHeadSha)} already has this change; nothing was committed.";
            await audit.CompleteAsync(quietId, new AuditCompletion(AuditState.NoChange, time.GetUtcNow(), CommitSha: current.BaseHeadSha), CancellationToken.None);
            return Outcome(ActionStatus.NoChange, current, said, quietId, 0, trackKey) with { CommitSha = current.BaseHeadSha };
        }

        var auditId = await WriteIntentAsync(request, user, current, cancellationToken);
        try
        {
            return await CommitWithRetriesAsync(request, user, app, snapshot, planner, current, auditId, trackKey, cancellationToken);
        }
        catch (Exception exception) when (exception is ActionException or GitAccessException or OperationCanceledException)
        {
            var reason = exception is OperationCanceledException ? "The action was cancelled before the commit was confirmed." : exception.Message;
            await audit.CompleteAsync(auditId, new AuditCompletion(AuditState.Failed, time.GetUtcNow(), Error: reason), CancellationToken.None);
            if (exception is OperationCanceledException)
            {
                throw;
            }

            return Outcome(ActionStatus.Failed, current, reason, auditId, 0, trackKey);
        }
    }

    private async Task<ActionOutcome> CommitWithRetriesAsync(
        ActionRequest request, ActionUser user, AppStatus app, ClusterSnapshot snapshot, IActionPlanner planner,
        ActionPreview current, long auditId, ResourceKey trackKey, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, options.MaxCommitAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var plan = new CommitPlan(current.Repository, current.Branch, current.BaseHeadSha,
                CommitMessages.WithAuditId(current.Change.Subject, user.Name, auditId), user.Name, current.Change.Edits);
            var result = options.PullRequestRepositories.Contains(current.Repository.FullName)
                ? await writer.OpenPullRequestAsync(plan, new PullRequestPlan($"dashboard/{request.Name}-{app.Key.Name}-{auditId}", current.Change.Subject), cancellationToken)
                : await writer.CommitAsync(plan, cancellationToken);
            switch (result)
            {
                case CommitResult.Committed committed:
                    await Complete(auditId, AuditState.Committed, sha: committed.Sha);
                    var nudge = await NudgeAsync(app, snapshot, cancellationToken);
                    logger.LogInformation("{Action} on {App} by {User} committed {Sha} to {Repository}@{Branch}",
                        request.Name, app.Key, user.Name, committed.Sha, current.Repository, current.Branch);
                    return Outcome(ActionStatus.Committed, current, $"Committed {PlanningContext.Short(committed.Sha)} to {current.Branch} of {current.Repository}: {current.Summary}",
                        auditId, attempt, trackKey) with { CommitSha = committed.Sha, Nudge = nudge };
                case CommitResult.PullRequestOpened pull:
                    await Complete(auditId, AuditState.PullRequestOpened, sha: pull.Sha, pullRequest: pull.Url);
                    return Outcome(ActionStatus.PullRequestOpened, current, $"Opened pull request #{pull.Number} into {current.Branch}: {pull.Url}", auditId, attempt, trackKey)
                        with { CommitSha = pull.Sha, PullRequestUrl = pull.Url, PullRequestNumber = pull.Number };
                case CommitResult.NoChange same:
                    await Complete(auditId, AuditState.NoChange, sha: same.HeadSha);
                    return Outcome(ActionStatus.NoChange, current, $"{current.Branch} already has this change; nothing was committed.", auditId, attempt, trackKey)
                        with { CommitSha = same.HeadSha };
                case CommitResult.Failed failed:
                    await Complete(auditId, AuditState.Failed, error: failed.Reason);
                    logger.LogWarning("{Action} on {App} failed: {Reason}", request.Name, app.Key, failed.Reason);
                    return Outcome(ActionStatus.Failed, current, failed.Reason, auditId, attempt, trackKey);
                case CommitResult.Conflict conflict when attempt < attempts:
                    logger.LogInformation("{Repository}@{Branch} moved from {Expected} to {Actual}; re-planning {Action} on {App}",
                        current.Repository, current.Branch, conflict.ExpectedHeadSha, conflict.ActualHeadSha, request.Name, app.Key);
                    current = await PlanAsync(request, user, app, snapshot, planner, current.Target, cancellationToken);
                    if (current.NoChange)
                    {
                        await Complete(auditId, AuditState.NoChange, sha: current.BaseHeadSha);
                        return Outcome(ActionStatus.NoChange, current, $"While committing, someone else made the same change on {current.Branch}; nothing was committed.",
                            auditId, attempt, trackKey) with { CommitSha = current.BaseHeadSha };
                    }

                    break;
            }
        }

        var message = $"The branch '{current.Branch}' of {current.Repository} moved {attempts} times while committing; nothing was written. Review the new head and try again.";
        await Complete(auditId, AuditState.Failed, error: message);
        logger.LogWarning("{Action} on {App} gave up: {Reason}", request.Name, app.Key, message);
        return Outcome(ActionStatus.Conflict, current, message, auditId, attempts, trackKey);
    }

    private async Task<ActionPreview> PlanAsync(
        ActionRequest request, ActionUser user, AppStatus app, ClusterSnapshot snapshot, IActionPlanner planner, ActionTarget target, CancellationToken cancellationToken)
    {
        string head;
        try
        {
            head = await git.GetBranchHeadAsync(target.Repository, target.Branch, cancellationToken);
        }
        catch (GitAccessException exception)
        {
            throw exception.Kind == GitFailureKind.NotFound
                ? new ActionException(ActionErrorKind.NotInGit, $"Branch '{target.Branch}' of {target.Repository} cannot be read: {exception.Message}", innerException: exception)
                : new ActionException(ActionErrorKind.GitUnavailable, exception.Message, innerException: exception);
        }

        var change = await GitCall(() => planner.PlanAsync(new PlanningContext(request, app, snapshot, target, head), cancellationToken));
        var diff = UnifiedDiff.Create(change.Files);
        return new ActionPreview(request, app.Key, target.Repository, target.Branch, head,
            CommitMessages.Preview(change.Subject, user.Name), diff, change.IsNoChange, change.Subject, change, target);
    }

    private Task<long> WriteIntentAsync(ActionRequest request, ActionUser user, ActionPreview preview, CancellationToken cancellationToken) =>
        audit.WriteIntentAsync(new AuditIntent(time.GetUtcNow(), user.Name, request.Name, request.App.ToString(),
            preview.Repository.FullName, preview.Branch, Trim(preview.Change.FromRevision), Trim(preview.Change.ToRevision)), cancellationToken);

    private Task Complete(long id, AuditState state, string? sha = null, string? pullRequest = null, string? error = null) =>
        audit.CompleteAsync(id, new AuditCompletion(state, time.GetUtcNow(), sha, pullRequest, error), CancellationToken.None);

    private async Task<string?> NudgeAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (!options.ReconcileNudge || nudger is null)
        {
            return null;
        }

        try
        {
            return await nudger.NudgeAsync(app, snapshot, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Reconcile-now for {App} failed", app.Key);
            return $"Reconcile-now failed ({exception.Message}); the controller picks the commit up at its next poll.";
        }
    }

    private (AppStatus App, ClusterSnapshot Snapshot) FindApp(ResourceKey key)
    {
        var snapshot = store.Current;
        return snapshot.Items.TryGetValue(key, out var item) && item is AppStatus app
            ? (app, snapshot)
            : throw new ActionException(ActionErrorKind.AppNotFound, $"No app {key} is known to the dashboard.");
    }

    private IActionPlanner PlannerFor(ActionRequest request) =>
        _planners.FirstOrDefault(p => p.Handles(request))
        ?? throw new ActionException(ActionErrorKind.Unsupported, $"No planner is registered for {request.Name}.");

    /// <summary>A HelmRelease's revision is a chart version: the Kustomization that applies it shows the commit arriving.</summary>
    private static ResourceKey TrackKeyFor(AppStatus app, ClusterSnapshot snapshot) =>
        app.Key.Kind != ResourceKind.FluxHelmRelease
            ? app.Key
            : snapshot.Apps.FirstOrDefault(parent => parent.Key.Cluster == app.Key.Cluster && parent.Key.Kind == ResourceKind.FluxKustomization
                && parent.Resources.Any(r => r.Kind == "HelmRelease" && r.Name == app.Key.Name && r.Namespace == app.Key.Namespace))?.Key ?? app.Key;

    private static ActionOutcome Outcome(ActionStatus status, ActionPreview preview, string message, long auditId, int attempts, ResourceKey trackKey) =>
        new(status, preview.App, message, auditId, preview.Repository, preview.Branch, Attempts: attempts, Diff: preview.Diff, TrackKey: trackKey);

    private static string? Trim(string? revision) => revision is { Length: > 64 } ? revision[..64] : revision;

    private static async Task<T> GitCall<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (GitAccessException exception)
        {
            throw new ActionException(ActionErrorKind.GitUnavailable, exception.Message, innerException: exception);
        }
    }
}
