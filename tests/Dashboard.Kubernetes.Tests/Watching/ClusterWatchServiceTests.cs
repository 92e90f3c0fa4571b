using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Connection;
using Dashboard.Kubernetes.Mapping;
using Dashboard.Kubernetes.Watching;
using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Kubernetes.Tests.Watching;

public sealed class ClusterWatchServiceTests
{
    [Fact]
    public async Task AddClusterWatching_ConnectionsReady_WatchesEveryKindWithAMapperIntoTheSharedStore()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var fake = new FakeResourceClient(time) { IsServed = t => t.Kind == ResourceKind.Certificate };
        fake.EnqueueList(TestObjects.Page("5", TestObjects.Object("web-tls", "4")));
        var registry = new ClusterConnectionRegistry();
        var services = new ServiceCollection()
            .AddSingleton(registry)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IKubernetesResourceClientFactory>(new SingleClientFactory(fake))
            .AddSingleton<IResourceMapper>(new TestMapper(ResourceKind.Certificate))
            .AddSingleton<IResourceMapper>(new TestMapper(ResourceKind.FluxKustomization))
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddClusterWatching(o => o.WatchTimeout = TimeSpan.FromMinutes(6));
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IClusterStore>();
        Assert.Same(store, provider.GetRequiredService<IClusterStoreWriter>());
        var service = Assert.Single(provider.GetServices<IHostedService>());

        using var subscription = store.Subscribe();
        await service.StartAsync(cancellationToken);
        registry.Set([new ClusterConnection(new ClusterConnectionInfo("home", ConnectionKind.Sandbox, "http://127.0.0.1:1", null), new KubernetesClientConfiguration { Host = "http://127.0.0.1:1" })]);

        var seen = new Dictionary<ResourceKind, WatchPhase>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        await foreach (var change in subscription.Changes.ReadAllAsync(timeout.Token))
        {
            if (change.Watch is { } state)
            {
                seen[state.Kind] = state.Phase;
            }

            if (seen.GetValueOrDefault(ResourceKind.Certificate) == WatchPhase.Watching && seen.GetValueOrDefault(ResourceKind.FluxKustomization) == WatchPhase.NotInstalled)
            {
                break;
            }
        }

        await service.StopAsync(cancellationToken);
        Assert.Equal([ResourceKind.FluxKustomization, ResourceKind.Certificate], seen.Keys.Order());
        Assert.Equal("web-tls", Assert.Single(store.Current.Items.Keys).Name);
    }

    private sealed class SingleClientFactory(IKubernetesResourceClient client) : IKubernetesResourceClientFactory
    {
        public IKubernetesResourceClient Create(ClusterConnection connection) => client;
    }
}
