using Dashboard.Core.GitOps;
using Dashboard.Testing.Web;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>In --sandbox every repository the apps deploy from is served, so no app shows "repository not found".</summary>
public sealed class SandboxRepositoriesTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _factory = new();

    public ValueTask InitializeAsync()
    {
        _factory.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Sandbox_EveryPolledBranch_ReadWithoutErrorAndNoRequestAnswered404()
    {
        var store = _factory.Services.GetRequiredService<IRepositoryStore>();
        var world = _factory.Services.GetRequiredService<SandboxHostedService>().World;
        using var subscription = store.Subscribe();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var snapshot = subscription.Snapshot;
        // The fixtures' branches (upstream examples) besides fleet-infra; done when each is there and every branch was polled once.
        string[] expected = ["homelab/fleet-infra@main", "example/homelab@main", "example/homelab-private@main", "foo/manifests-velero@test-lla", "stefanprodan/podinfo@master"];
        while (!(expected.All(e => snapshot.Branches.Keys.Any(k => k.ToString() == e)) && snapshot.Branches.Values.All(s => s.PolledAt is not null)))
        {
            try
            {
                snapshot = await subscription.Updates.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail("Not every branch was polled within 60 s: " + string.Join("; ", snapshot.Branches.Values.Select(s => $"{s.Key} polled={s.PolledAt is not null} error={s.Error}")));
            }
        }

        Assert.All(snapshot.Branches.Values, s => Assert.True(s.Error is null, $"{s.Key}: {s.Error}"));
        Assert.All(snapshot.Branches.Values, s => Assert.NotNull(s.Head));
        var missing = world.GitHub.Requests.Snapshot().Where(r => r.Status == 404).Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Empty(missing);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
