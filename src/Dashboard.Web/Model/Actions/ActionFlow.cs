using Dashboard.Core.Actions;

namespace Dashboard.Web.Model.Actions;

/// <summary>
/// One action on one page: preview → confirm → commit → follow the controller. Holds no UI types so
/// it is tested without a renderer; the page re-renders on <see cref="Changed"/>. State after the
/// commit comes only from the store through the tracker (no optimistic UI).
/// </summary>
public sealed class ActionFlow(ActionService service, ActionTracker tracker, PullRequestTracker pullRequests)
{
    private CancellationTokenSource? _tracking;

    public ActionFlowStage Stage { get; private set; }
    public ActionPreview? Preview { get; private set; }
    public ActionOutcome? Outcome { get; private set; }
    public TrackingState? Tracking { get; private set; }
    public string? Error { get; private set; }

    public event Func<Task>? Changed;

    public async Task PreviewAsync(ActionRequest request, ActionUser user, CancellationToken cancellationToken = default)
    {
        Reset();
        Stage = ActionFlowStage.Previewing;
        await NotifyAsync();
        try
        {
            Preview = await service.PreviewAsync(request, user, cancellationToken);
            Stage = ActionFlowStage.AwaitingConfirmation;
        }
        catch (ActionException ex)
        {
            Fail(ex.Message);
        }

        await NotifyAsync();
    }

    public async Task ConfirmAsync(ActionUser user, CancellationToken cancellationToken = default)
    {
        if (Preview is null || Stage != ActionFlowStage.AwaitingConfirmation)
        {
            return;
        }

        Stage = ActionFlowStage.Committing;
        await NotifyAsync();
        try
        {
            Outcome = await service.ExecuteAsync(Preview, user, cancellationToken);
        }
        catch (ActionException ex)
        {
            Fail(ex.Message);
            await NotifyAsync();
            return;
        }

        if (Outcome is { Status: ActionStatus.Committed, CommitSha: { } sha })
        {
            Stage = ActionFlowStage.Tracking;
            Tracking = new TrackingState.Committed(sha);
            await NotifyAsync();
            await FollowAsync(token => tracker.TrackAsync(Outcome.TrackKey ?? Outcome.App, sha, token));
            return;
        }

        // Pull-request mode: the protected branch moves only when someone merges; follow the PR, then the controller.
        if (Outcome is { Status: ActionStatus.PullRequestOpened, PullRequestNumber: { } number, CommitSha: { } prSha, Repository: { } repository })
        {
            Stage = ActionFlowStage.Tracking;
            await FollowAsync(token => pullRequests.TrackAsync(Outcome.TrackKey ?? Outcome.App, repository, number, prSha, token));
            return;
        }

        Stage = Outcome.Succeeded ? ActionFlowStage.Done : ActionFlowStage.Failed;
        Error = Outcome.Succeeded ? null : Outcome.Message;
        await NotifyAsync();
    }

    public void Cancel()
    {
        _tracking?.Cancel();
        Reset();
    }

    private async Task FollowAsync(Func<CancellationToken, IAsyncEnumerable<TrackingState>> states)
    {
        _tracking = new CancellationTokenSource();
        try
        {
            await foreach (var state in states(_tracking.Token))
            {
                Tracking = state;
                if (state is TrackingState.Synced or TrackingState.TimedOut or TrackingState.PullRequestClosed)
                {
                    Stage = ActionFlowStage.Done;
                }

                await NotifyAsync();
            }
        }
        catch (OperationCanceledException) when (_tracking.IsCancellationRequested)
        {
        }
    }

    private void Fail(string message)
    {
        Stage = ActionFlowStage.Failed;
        Error = message;
    }

    private void Reset()
    {
        Stage = ActionFlowStage.Idle;
        Preview = null;
        Outcome = null;
        Tracking = null;
        Error = null;
    }

    private Task NotifyAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
