using Dashboard.Core.GitOps;
using Dashboard.Sandbox.GitHub;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Git.Tests.GitHub;

public sealed class RateLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetBranchHeadAsync_SecondaryRateLimit_WaitsRetryAfterThenRetriesOnce()
    {
        var time = new FakeTimeProvider(Now);
        await using var world = await GitHubTestWorld.StartAsync(time);
        world.Emulator.Faults.SecondaryRateLimitNext(retryAfterSeconds: 30);

        var call = world.Reader.GetBranchHeadAsync(GitHubTestWorld.Repo, "main", TestContext.Current.CancellationToken);
        await WaitUntil(() => world.RateLimits.BlockedUntil is not null);

        Assert.Equal(Now.AddSeconds(30), world.RateLimits.BlockedUntil);
        time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.False(call.IsCompleted);
        Assert.Equal(1, world.Emulator.Requests.Count);

        time.Advance(TimeSpan.FromSeconds(1));
        var head = await call.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(world.Head, head);
        Assert.Equal([403, 200], world.Emulator.Requests.Snapshot().Select(r => r.Status));
        Assert.Equal(1, world.RateLimits.Refusals);
    }

    [Fact]
    public async Task GetBranchHeadAsync_PrimaryLimitExhausted_FailsWithResetAndSendsNothingUntilReset()
    {
        var time = new FakeTimeProvider(Now);
        await using var world = await GitHubTestWorld.StartAsync(time, new GitHubEmulatorOptions { TimeProvider = time });
        world.Emulator.RateLimit.Exhaust();
        var reset = world.Emulator.RateLimit.ResetAt;

        var first = await Assert.ThrowsAsync<GitAccessException>(() => world.Reader.GetBranchHeadAsync(GitHubTestWorld.Repo, "main", TestContext.Current.CancellationToken));
        var second = await Assert.ThrowsAsync<GitAccessException>(() => world.Reader.GetBranchHeadAsync(GitHubTestWorld.Repo, "main", TestContext.Current.CancellationToken));

        Assert.Equal(GitFailureKind.RateLimited, first.Kind);
        Assert.Equal(reset.ToUnixTimeSeconds(), first.RetryAt?.ToUnixTimeSeconds());
        Assert.Equal(GitFailureKind.RateLimited, second.Kind);
        Assert.Equal(1, world.Emulator.Requests.Count);
        Assert.Equal(0, world.RateLimits.Remaining);

        time.Advance(reset - Now + TimeSpan.FromSeconds(1));
        var head = await world.Reader.GetBranchHeadAsync(GitHubTestWorld.Repo, "main", TestContext.Current.CancellationToken);

        Assert.Equal(world.Head, head);
        Assert.Equal(world.Emulator.RateLimit.Limit - 1, world.RateLimits.Remaining);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
