using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Git.GitHub;
using Dashboard.Sandbox.GitHub;
using LibGit2Sharp;

namespace Dashboard.Git.Tests.Planning;

/// <summary>Pull-request mode end to end on the GitHub emulator: branch + commit + pull request, then tracking until merged and synced.</summary>
public sealed class PullRequestModeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Execute_PullRequestRepository_OpensPullRequestAndLeavesMainUntouched()
    {
        await using var world = await ActionTestWorld.StartAsync();
        world.Options.PullRequestRepositories.Add("homelab/fleet-infra");
        var head = world.GitHub.Head;

        var outcome = await world.Service.ExecuteAsync(
            new ActionRequest.Rollback(ActionTestWorld.Whoami, world.Sha(SeedLabels.Whoami1102)), ActionTestWorld.Alice, Token);

        Assert.Equal(ActionStatus.PullRequestOpened, outcome.Status);
        Assert.Equal(1, outcome.PullRequestNumber);
        Assert.EndsWith("/homelab/fleet-infra/pull/1", outcome.PullRequestUrl, StringComparison.Ordinal);
        Assert.Equal(head, world.GitHub.Head);
        var pr = Assert.Single(world.GitHub.Emulator.PullRequests);
        Assert.Equal(("main", outcome.CommitSha), (pr.Base, world.GitHub.Repository.HeadOf(pr.Head)));
        var row = Assert.Single(await world.Audit.ListAsync(new AuditQuery(), Token));
        Assert.Equal((AuditState.PullRequestOpened, outcome.PullRequestUrl, outcome.CommitSha), (row.State, row.PullRequestUrl, row.CommitSha));
    }

    [Fact]
    public async Task Track_PullRequestMergedThenControllerRunsIt_OpenMergedSynced()
    {
        await using var world = await ActionTestWorld.StartAsync();
        world.Options.PullRequestRepositories.Add("homelab/fleet-infra");
        world.Options.PullRequestPollInterval = TimeSpan.FromMilliseconds(20);
        world.Options.PullRequestTimeout = TimeSpan.FromMinutes(1);
        var outcome = await world.Service.ExecuteAsync(
            new ActionRequest.Rollback(ActionTestWorld.Whoami, world.Sha(SeedLabels.Whoami1102)), ActionTestWorld.Alice, Token);
        var tracker = new PullRequestTracker(new GitHubPullRequestReader(world.GitHub.Client),
            new ActionTracker(world.Store, world.Options, TimeProvider.System), world.Options, TimeProvider.System);
        await using var states = tracker.TrackAsync(ActionTestWorld.Whoami, outcome.Repository!, outcome.PullRequestNumber!.Value, outcome.CommitSha!, Token)
            .GetAsyncEnumerator(Token);

        Assert.True(await states.MoveNextAsync());
        Assert.Equal(new TrackingState.PullRequestOpen(1, outcome.CommitSha!), states.Current);
        var mergedSha = world.GitHub.Emulator.MergePullRequest(1);
        Assert.True(await states.MoveNextAsync());
        Assert.Equal(new TrackingState.PullRequestMerged(1, mergedSha), states.Current);
        Assert.Equal(mergedSha, world.GitHub.Head);
        Assert.True(await states.MoveNextAsync());
        Assert.IsType<TrackingState.WaitingForController>(states.Current);
        var app = (AppStatus)world.Store.Current.Items[ActionTestWorld.Whoami];
        world.Store.Upsert(app with { Revision = mergedSha, Health = HealthState.Healthy });
        Assert.True(await states.MoveNextAsync());
        Assert.Equal(new TrackingState.Synced(mergedSha, HealthState.Healthy), states.Current);
    }

    [Fact]
    public async Task Merge_BaseMovedMeanwhile_MergeCommitWithBothParents()
    {
        await using var world = await ActionTestWorld.StartAsync();
        world.Options.PullRequestRepositories.Add("homelab/fleet-infra");
        var outcome = await world.Service.ExecuteAsync(
            new ActionRequest.Rollback(ActionTestWorld.Whoami, world.Sha(SeedLabels.Whoami1102)), ActionTestWorld.Alice, Token);
        var foreign = world.GitHub.Repository.CommitForeignChange();

        var merged = world.GitHub.Emulator.MergePullRequest(1);
        var state = await new GitHubPullRequestReader(world.GitHub.Client).GetPullRequestAsync(outcome.Repository!, 1, Token);

        Assert.Equal(new PullRequestState(1, PullRequestStatus.Merged, merged, outcome.PullRequestUrl), state);
        Assert.Equal([foreign, outcome.CommitSha!], world.GitHub.Inspect(r => r.Lookup<Commit>(merged).Parents.Select(p => p.Sha).ToList()));
    }

    [Fact]
    public async Task Track_PullRequestClosedWithoutMerge_EndsWithClosed()
    {
        await using var world = await ActionTestWorld.StartAsync();
        world.Options.PullRequestRepositories.Add("homelab/fleet-infra");
        world.Options.PullRequestPollInterval = TimeSpan.FromMilliseconds(20);
        var outcome = await world.Service.ExecuteAsync(
            new ActionRequest.Rollback(ActionTestWorld.Whoami, world.Sha(SeedLabels.Whoami1102)), ActionTestWorld.Alice, Token);
        world.GitHub.Emulator.ClosePullRequest(1);
        var tracker = new PullRequestTracker(new GitHubPullRequestReader(world.GitHub.Client),
            new ActionTracker(world.Store, world.Options, TimeProvider.System), world.Options, TimeProvider.System);

        var states = await tracker.TrackAsync(ActionTestWorld.Whoami, outcome.Repository!, 1, outcome.CommitSha!, Token).ToListAsync(Token);

        Assert.IsType<TrackingState.PullRequestOpen>(states[0]);
        var closed = Assert.IsType<TrackingState.PullRequestClosed>(Assert.Single(states, s => s is TrackingState.PullRequestClosed));
        Assert.Contains("closed without merging", closed.Message, StringComparison.Ordinal);
        Assert.Equal(2, states.Count);
    }
}
