using Dashboard.Core.Actions;
using Dashboard.Core.GitOps;

namespace Dashboard.Core.Tests.Actions;

public sealed class ActionServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PreviewAsync_Rollback_ShowsSubjectTrailerAndOnlyTheAppPathInTheDiff()
    {
        var world = new ActionWorld();
        var head = world.Git.Head;

        var preview = await world.Service.PreviewAsync(world.RollbackToOld, ActionWorld.Operator, Token);

        var expected = $"rollback(whoami): argocd/whoami to {world.OldRevision[..7]} (was {head[..7]})";
        Assert.Equal(expected, preview.Summary);
        Assert.Equal($"{expected}\n\nRequested-by: alice\n", preview.Message);
        Assert.Equal(head, preview.BaseHeadSha);
        Assert.False(preview.NoChange);
        Assert.Equal(["argocd/whoami/deployment.yaml"], preview.ChangedFiles);
        Assert.Contains("-image: traefik/whoami:v1.11.0\n+image: traefik/whoami:v1.10.1\n", preview.Diff, StringComparison.Ordinal);
        Assert.DoesNotContain("README", preview.Diff, StringComparison.Ordinal);
        Assert.Empty(world.Writer.Plans);
        Assert.Empty(world.Audit.Rows);
    }

    [Fact]
    public async Task ExecuteAsync_Operator_WritesIntentBeforeCommitAndCompletesAfter()
    {
        var world = new ActionWorld();
        var head = world.Git.Head;

        var outcome = await world.Service.ExecuteAsync(world.RollbackToOld, ActionWorld.Operator, Token);

        Assert.Equal(ActionStatus.Committed, outcome.Status);
        Assert.Equal(["intent", "commit", "complete:Committed"], world.Events.Without("read-head"));
        var row = Assert.Single(world.Audit.Rows.Values);
        Assert.Equal((AuditState.Committed, outcome.CommitSha, "alice", "rollback"), (row.State, row.CommitSha, row.User, row.Action));
        Assert.Equal((head, world.OldRevision), (row.FromRevision, row.ToRevision));
        Assert.Equal("sandbox/ArgoApplication/argocd/whoami", row.Target);
        var plan = Assert.Single(world.Writer.Plans);
        Assert.Equal(head, plan.BaseHeadSha);
        Assert.EndsWith($"\n\nDashboard-Audit-Id: {row.Id}\nRequested-by: alice\n", plan.FullMessage, StringComparison.Ordinal);
        Assert.Equal("image: traefik/whoami:v1.10.1\n", world.Git.FilesAt(world.Git.Head)["argocd/whoami/deployment.yaml"]);
        Assert.Equal("fleet, v2\n", world.Git.FilesAt(world.Git.Head)["README.md"]);
        Assert.Equal(ActionWorld.App, outcome.TrackKey);
    }

    [Fact]
    public async Task ExecuteAsync_Viewer_RefusedWithDeniedRowAndNothingCommitted()
    {
        var world = new ActionWorld();

        var outcome = await world.Service.ExecuteAsync(world.RollbackToOld, ActionWorld.Viewer, Token);

        Assert.Equal(ActionStatus.Denied, outcome.Status);
        Assert.Contains("victor is a viewer", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(world.Writer.Plans);
        var row = Assert.Single(world.Audit.Rows.Values);
        Assert.Equal((AuditState.Denied, "victor"), (row.State, row.User));
        Assert.Equal(outcome.Message, row.Error);
    }

    [Fact]
    public async Task ExecuteAsync_BranchMovedOnce_ReplansOnTheNewHeadAndCommits()
    {
        var world = new ActionWorld();
        var preview = await world.Service.PreviewAsync(world.RollbackToOld, ActionWorld.Operator, Token);
        var foreign = world.Git.PushForeign();

        var outcome = await world.Service.ExecuteAsync(preview, ActionWorld.Operator, Token);

        Assert.Equal(ActionStatus.Committed, outcome.Status);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal([preview.BaseHeadSha, foreign], world.Writer.Plans.Select(p => p.BaseHeadSha));
        Assert.Contains($"(was {foreign[..7]})", world.Writer.Plans[1].Message, StringComparison.Ordinal);
        Assert.Contains(world.Git.FilesAt(world.Git.Head), f => f.Key.StartsWith("notes/", StringComparison.Ordinal));
        Assert.Equal(AuditState.Committed, Assert.Single(world.Audit.Rows.Values).State);
    }

    [Fact]
    public async Task ExecuteAsync_BranchMovesEveryTime_GivesUpAfterThreeAttemptsWritingNothing()
    {
        var world = new ActionWorld();
        var before = world.Git.Head;
        for (var i = 0; i < 3; i++)
        {
            world.Writer.Then(plan => new CommitResult.Conflict(plan.BaseHeadSha, world.Git.PushForeign()));
        }

        var outcome = await world.Service.ExecuteAsync(world.RollbackToOld, ActionWorld.Operator, Token);

        Assert.Equal(ActionStatus.Conflict, outcome.Status);
        Assert.Equal("The branch 'main' of homelab/fleet-infra moved 3 times while committing; nothing was written. Review the new head and try again.", outcome.Message);
        Assert.Equal(3, world.Writer.Plans.Count);
        Assert.NotEqual(before, world.Git.Head);
        Assert.All(world.Git.FilesAt(world.Git.Head).Where(f => f.Key.StartsWith("argocd/", StringComparison.Ordinal)),
            f => Assert.Equal("image: traefik/whoami:v1.11.0\n", f.Value));
        var row = Assert.Single(world.Audit.Rows.Values);
        Assert.Equal((AuditState.Failed, outcome.Message), (row.State, row.Error));
    }

    [Fact]
    public async Task ExecuteAsync_HeadAlreadyHasTheContent_SaysSoAndCommitsNothing()
    {
        var world = new ActionWorld();
        var head = world.Git.Head;

        var outcome = await world.Service.ExecuteAsync(new ActionRequest.Rollback(ActionWorld.App, head), ActionWorld.Operator, Token);

        Assert.Equal(ActionStatus.NoChange, outcome.Status);
        Assert.Contains("already has this change; nothing was committed", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(world.Writer.Plans);
        Assert.Equal(head, world.Git.Head);
        Assert.Equal(AuditState.NoChange, Assert.Single(world.Audit.Rows.Values).State);
    }

    [Fact]
    public async Task ExecuteAsync_WriterFails_AuditRowFailedWithTheReason()
    {
        var world = new ActionWorld();
        world.Writer.Then(_ => new CommitResult.Failed("GitHub: moving the branch failed: HTTP 502 Server Error"));

        var outcome = await world.Service.ExecuteAsync(world.RollbackToOld, ActionWorld.Operator, Token);

        Assert.Equal(ActionStatus.Failed, outcome.Status);
        var row = Assert.Single(world.Audit.Rows.Values);
        Assert.Equal((AuditState.Failed, "GitHub: moving the branch failed: HTTP 502 Server Error"), (row.State, row.Error));
        Assert.Equal(["intent", "commit", "complete:Failed"], world.Events.Without("read-head"));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownApp_ThrowsAppNotFound()
    {
        var world = new ActionWorld();
        var missing = ActionWorld.App with { Name = "nope" };

        var error = await Assert.ThrowsAsync<ActionException>(() => world.Service.ExecuteAsync(new ActionRequest.Rollback(missing, "abc"), ActionWorld.Operator, Token));

        Assert.Equal(ActionErrorKind.AppNotFound, error.Kind);
        Assert.Empty(world.Audit.Rows);
    }

    [Fact]
    public async Task PreviewAsync_UnknownRevision_InvalidRevisionField()
    {
        var world = new ActionWorld();

        var error = await Assert.ThrowsAsync<ActionException>(() =>
            world.Service.PreviewAsync(new ActionRequest.Rollback(ActionWorld.App, "0000000"), ActionWorld.Operator, Token));

        Assert.Equal((ActionErrorKind.InvalidRequest, "revision"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task ExecuteAsync_TwoAtOnceOnOneBranch_BothLandInOrder()
    {
        var world = new ActionWorld();
        var originalHead = world.Git.Head;
        var hold = new TaskCompletionSource();
        world.Writer.Hold = hold;
        var first = world.Service.ExecuteAsync(world.RollbackToOld, ActionWorld.Operator, Token);
        var second = world.Service.ExecuteAsync(new ActionRequest.Rollback(ActionWorld.App, originalHead), ActionWorld.Operator, Token);
        Assert.False(second.IsCompleted);
        Assert.Single(world.Writer.Plans);

        hold.SetResult();
        var outcomes = await Task.WhenAll(first, second);

        Assert.Equal(ActionStatus.Committed, outcomes[0].Status);
        Assert.Equal(ActionStatus.Committed, outcomes[1].Status);
        Assert.Equal(outcomes[0].CommitSha, world.Writer.Plans[1].BaseHeadSha);
        Assert.Equal(2, world.Writer.Plans.Count);
        Assert.Equal("image: traefik/whoami:v1.11.0\n", world.Git.FilesAt(world.Git.Head)["argocd/whoami/deployment.yaml"]);
    }
}
