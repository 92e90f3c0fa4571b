using Dashboard.Core.Actions;
using Dashboard.Sandbox.GitHub;
using LibGit2Sharp;

namespace Dashboard.Git.Tests.Planning;

public sealed class ActionFailureTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Execute_RefMovedBetweenReadAndUpdate_ReplansAndKeepsTheForeignCommit()
    {
        await using var world = await ActionTestWorld.StartAsync();
        var head = world.GitHub.Head;
        world.GitHub.Emulator.Faults.MoveRefBeforeNextUpdate();

        var outcome = await world.Service.ExecuteAsync(
            new ActionRequest.Rollback(ActionTestWorld.Whoami, world.Sha(SeedLabels.Whoami1102)), ActionTestWorld.Alice, Token);

        Assert.Equal(ActionStatus.Committed, outcome.Status);
        Assert.Equal(2, outcome.Attempts);
        world.GitHub.Inspect(repository =>
        {
            var commit = repository.Lookup<Commit>(outcome.CommitSha);
            var foreign = Assert.Single(commit.Parents);
            Assert.Equal([head], foreign.Parents.Select(p => p.Sha));
            Assert.StartsWith("notes: foreign change", foreign.Message, StringComparison.Ordinal);
            Assert.Contains($"(was {foreign.Sha[..7]})", commit.MessageShort, StringComparison.Ordinal);
            return 0;
        });
    }

    [Fact]
    public async Task Execute_ServerError_FailsClearlyAndAuditsTheFailure()
    {
        await using var world = await ActionTestWorld.StartAsync();
        var head = world.GitHub.Head;
        var preview = await world.Service.PreviewAsync(
            new ActionRequest.Rollback(ActionTestWorld.Whoami, world.Sha(SeedLabels.Whoami1102)), ActionTestWorld.Alice, Token);
        world.GitHub.Emulator.Faults.FailNextRequests(1);

        var outcome = await world.Service.ExecuteAsync(preview, ActionTestWorld.Alice, Token);

        Assert.Equal(ActionStatus.Failed, outcome.Status);
        Assert.Contains("HTTP 502", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(head, world.GitHub.Head);
        var row = Assert.Single(await world.Audit.ListAsync(new AuditQuery(), Token));
        Assert.Equal((AuditState.Failed, outcome.Message), (row.State, row.Error));
        Assert.NotNull(row.CompletedAt);
    }

    [Fact]
    public async Task Execute_SameSetVersionTwice_SecondSaysNoChangeAndWritesNothing()
    {
        await using var world = await ActionTestWorld.StartAsync();
        var request = new ActionRequest.SetVersion(ActionTestWorld.Podinfo, "apps/base/podinfo/release.yaml", "spec.values.redis.tag", "8.6.5");

        var first = await world.Service.ExecuteAsync(request, ActionTestWorld.Alice, Token);
        var second = await world.Service.ExecuteAsync(request, ActionTestWorld.Alice, Token);

        Assert.Equal(ActionStatus.Committed, first.Status);
        Assert.Equal(ActionStatus.NoChange, second.Status);
        Assert.Equal(first.CommitSha, world.GitHub.Head);
        Assert.Equal([AuditState.NoChange, AuditState.Committed], (await world.Audit.ListAsync(new AuditQuery(), Token)).Select(r => r.State));
    }

    [Fact]
    public async Task Execute_RollbackToTheHead_NoChange()
    {
        await using var world = await ActionTestWorld.StartAsync();
        var head = world.GitHub.Head;

        var outcome = await world.Service.ExecuteAsync(new ActionRequest.Rollback(ActionTestWorld.Whoami, head), ActionTestWorld.Alice, Token);

        Assert.Equal(ActionStatus.NoChange, outcome.Status);
        Assert.Equal(head, world.GitHub.Head);
    }

    [Fact]
    public async Task Execute_TwoProcessesAtOnceOnOneBranch_BothLandInOrderNothingLost()
    {
        await using var world = await ActionTestWorld.StartAsync();
        var head = world.GitHub.Head;
        var other = world.CreateService();
        var rollback = world.Service.PreviewAsync(new ActionRequest.Rollback(ActionTestWorld.Whoami, world.Sha(SeedLabels.Whoami1102)), ActionTestWorld.Alice, Token);
        var setVersion = other.PreviewAsync(
            new ActionRequest.SetVersion(ActionTestWorld.Podinfo, "apps/base/podinfo/release.yaml", "spec.values.redis.tag", "8.6.5"), ActionTestWorld.Alice, Token);
        var previews = await Task.WhenAll(rollback, setVersion);
        Assert.All(previews, p => Assert.Equal(head, p.BaseHeadSha));

        var outcomes = await Task.WhenAll(world.Service.ExecuteAsync(previews[0], ActionTestWorld.Alice, Token), other.ExecuteAsync(previews[1], ActionTestWorld.Alice, Token));

        Assert.All(outcomes, o => Assert.Equal(ActionStatus.Committed, o.Status));
        Assert.Equal(3, outcomes.Sum(o => o.Attempts));
        world.GitHub.Inspect(repository =>
        {
            var tip = repository.Lookup<Commit>(world.GitHub.Head);
            var chain = new[] { tip.Sha, tip.Parents.Single().Sha, tip.Parents.Single().Parents.Single().Sha };
            Assert.Equal(head, chain[2]);
            Assert.Equal(outcomes.Select(o => o.CommitSha!).Order(), chain[..2].Order());
            var diff = repository.Diff.Compare<TreeChanges>(repository.Lookup<Commit>(head).Tree, tip.Tree);
            Assert.Equal(["apps/base/podinfo/release.yaml", "argocd/whoami/deployment.yaml"], diff.Select(c => c.Path).Order());
            return 0;
        });
    }

    [Fact]
    public async Task Execute_TwoActionsInOneProcess_SerializedOnTheBranchLockBothLand()
    {
        await using var world = await ActionTestWorld.StartAsync();
        var head = world.GitHub.Head;

        var outcomes = await Task.WhenAll(
            world.Service.ExecuteAsync(new ActionRequest.PauseAutoSync(ActionTestWorld.Apps), ActionTestWorld.Alice, Token),
            world.Service.ExecuteAsync(new ActionRequest.Rollback(ActionTestWorld.Whoami, world.Sha(SeedLabels.Whoami1102)), ActionTestWorld.Alice, Token));

        Assert.All(outcomes, o => Assert.Equal((ActionStatus.Committed, 1), (o.Status, o.Attempts)));
        world.GitHub.Inspect(repository =>
        {
            var tip = repository.Lookup<Commit>(world.GitHub.Head);
            Assert.Equal(head, tip.Parents.Single().Parents.Single().Sha);
            return 0;
        });
    }
}
