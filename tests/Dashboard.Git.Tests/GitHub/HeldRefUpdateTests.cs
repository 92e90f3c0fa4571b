using Dashboard.Core.GitOps;

namespace Dashboard.Git.Tests.GitHub;

/// <summary>
/// The emulator's "hold the next ref update" fault, which the process-kill tests use to keep a commit in flight: held
/// before applying, the branch does not move; held after applying, it has moved but the writer has no answer yet.
/// </summary>
public sealed class HeldRefUpdateTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HoldNextRefUpdate_BeforeApplying_BranchStaysUntilReleasedThenCommitLands()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var baseHead = world.Head;
        var hold = world.Emulator.Faults.HoldNextRefUpdate();

        var commit = world.Writer.CommitAsync(world.Plan("whoami: v2", FileEdit.Put.Text("argocd/whoami/deployment.yaml", "v2\n")), Token);
        await hold.Reached.WaitAsync(Bound, Token);

        Assert.False(commit.IsCompleted);
        Assert.Equal(baseHead, world.Head);
        hold.Release();
        var committed = Assert.IsType<CommitResult.Committed>(await commit.WaitAsync(Bound, Token));
        Assert.Equal(committed.Sha, world.Head);
    }

    [Fact]
    public async Task HoldNextRefUpdate_AfterApplying_BranchMovesWhileTheAnswerIsHeld()
    {
        await using var world = await GitHubTestWorld.StartAsync();
        var baseHead = world.Head;
        var hold = world.Emulator.Faults.HoldNextRefUpdate(afterApplying: true);

        var commit = world.Writer.CommitAsync(world.Plan("whoami: v2", FileEdit.Put.Text("argocd/whoami/deployment.yaml", "v2\n")), Token);
        await hold.Reached.WaitAsync(Bound, Token);

        Assert.False(commit.IsCompleted);
        var moved = world.Head;
        Assert.NotEqual(baseHead, moved);
        hold.Release();
        var committed = Assert.IsType<CommitResult.Committed>(await commit.WaitAsync(Bound, Token));
        Assert.Equal(moved, committed.Sha);
    }

    [Fact]
    public async Task DisposeAsync_WithAnUnreleasedHold_HeldRequestIsAnswered()
    {
        var world = await GitHubTestWorld.StartAsync();
        var hold = world.Emulator.Faults.HoldNextRefUpdate();
        var commit = world.Writer.CommitAsync(world.Plan("whoami: v2", FileEdit.Put.Text("argocd/whoami/deployment.yaml", "v2\n")), Token);
        await hold.Reached.WaitAsync(Bound, Token);

        await world.DisposeAsync().AsTask().WaitAsync(Bound, Token);

        // Released by the shutdown, which lets in-flight requests finish: the writer gets its answer instead of hanging on.
        Assert.IsType<CommitResult.Committed>(await commit.WaitAsync(Bound, Token));
    }
}
