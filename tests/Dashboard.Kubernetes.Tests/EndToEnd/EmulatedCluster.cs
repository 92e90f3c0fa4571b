using System.Text.Json.Nodes;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Connection;
using Dashboard.Kubernetes.Mapping;
using Dashboard.Kubernetes.Watching;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;
using Dashboard.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Tests.EndToEnd;

/// <summary>
/// The real watchers (KubernetesClient over HTTPS) against the seeded API emulator, with short
/// timeouts so fault recovery happens within a test's bounded wait.
/// </summary>
internal sealed class EmulatedCluster : IAsyncDisposable
{
    private readonly TempDirectory _directory = new("dashboard-e2e");
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    private EmulatedCluster(KubernetesEmulator emulator, ServiceProvider services)
    {
        Emulator = emulator;
        _services = services;
        Store = services.GetRequiredService<ClusterStore>();
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public KubernetesEmulator Emulator { get; }
    public ClusterStore Store { get; }

    public static async Task<EmulatedCluster> StartAsync(Action<KubernetesEmulator>? beforeWatching = null, Action<WatchOptions>? configure = null)
    {
        var emulator = await KubernetesEmulator.StartAsync(new KubernetesEmulatorOptions { BookmarkInterval = TimeSpan.FromSeconds(1) });
        SandboxSeed.Apply(emulator);
        beforeWatching?.Invoke(emulator);

        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddResourceMappers()
            .AddClusterWatching(o =>
            {
                o.WatchTimeout = TimeSpan.FromSeconds(4);
                o.StallGrace = TimeSpan.FromSeconds(1);
                o.BackoffInitial = TimeSpan.FromMilliseconds(100);
                o.BackoffCap = TimeSpan.FromSeconds(1);
                o.NotInstalledRecheckInterval = TimeSpan.FromSeconds(1);
                o.ForbiddenRecheckInterval = TimeSpan.FromSeconds(1);
                configure?.Invoke(o);
            });
        var cluster = new EmulatedCluster(emulator, ServiceWith(services));
        var directory = cluster._directory.Path;
        var registry = cluster._services.GetRequiredService<ClusterConnectionRegistry>();
        var kubeconfig = KubeconfigWriter.Write(emulator, directory);
        registry.Set([ClusterConnectionResolver.FromKubeconfig(kubeconfig, KubeconfigWriter.ContextName, "e2e")]);
        foreach (var hosted in cluster._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return cluster;
    }

    private static ServiceProvider ServiceWith(IServiceCollection services)
    {
        services.AddSingleton<ClusterConnectionRegistry>();
        return services.BuildServiceProvider();
    }

    public Dashboard.Sandbox.Kubernetes.ResourceType Applications => Emulator.Registry.Require("argoproj.io", "applications");

    public AppStatus? App(string ns, string name) =>
        Store.Current.Items.GetValueOrDefault(new ResourceKey("e2e", ResourceKind.ArgoApplication, ns, name)) as AppStatus;

    public TlsSecretStatus? TlsSecret(string ns, string name) =>
        Store.Current.Items.GetValueOrDefault(new ResourceKey("e2e", ResourceKind.TlsSecret, ns, name)) as TlsSecretStatus;

    public KindWatchState? Watch(ResourceKind kind) => Store.Current.Watches.GetValueOrDefault(("e2e", kind));

    public void SetSync(string ns, string name, string status) =>
        Emulator.Store.Patch(Applications, ns, name, new JsonObject
        {
            ["status"] = new JsonObject { ["sync"] = new JsonObject { ["status"] = status } },
        });

    /// <summary>Waits (bounded) until the condition holds on the store; fails with what was last seen.</summary>
    public async Task EventuallyAsync(Func<bool> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                var watches = string.Join("; ", Store.Current.Watches.Values.Select(w => $"{w.Kind}={w.Phase} {w.Message}"));
                Assert.Fail($"Timed out waiting for: {what}. Watches: {watches}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
        _directory.Dispose();
    }
}
