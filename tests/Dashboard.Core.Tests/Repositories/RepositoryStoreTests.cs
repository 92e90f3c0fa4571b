using Dashboard.Core.GitOps;
using static Dashboard.Core.Tests.Repositories.RepositoryWorld;

namespace Dashboard.Core.Tests.Repositories;

public sealed class RepositoryStoreTests
{
    [Fact]
    public async Task Subscribe_ThenUpsert_SubscriberSeesNewerSnapshot()
    {
        var store = new RepositoryStore();
        using var subscription = store.Subscribe();
        Assert.Empty(subscription.Snapshot.Branches);

        store.Upsert(State());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var next = await subscription.Updates.ReadAsync(timeout.Token);
        Assert.Equal("c5", next.Find(Main)!.Head);
        Assert.Equal(1, next.Version);
    }

    [Fact]
    public void Retain_DropsUnreferencedBranches_AndDisposeUnsubscribes()
    {
        var store = new RepositoryStore();
        var subscription = store.Subscribe();
        store.Upsert(State());

        store.Retain(new HashSet<RepositoryBranch>(), [new IgnoredSource("https://charts.example", "a Helm chart repository", "x")]);
        subscription.Dispose();

        Assert.Empty(store.Current.Branches);
        Assert.Single(store.Current.Ignored);
        Assert.Equal(0, store.SubscriberCount);
    }
}
