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

namespace Dashboard.Kubernetes.Tests.EndToEnd;

/// <summary>Two kubeconfig contexts watched by one process: every item is keyed and named by its cluster.</summary>
public sealed class MultiClusterTests
{
    [Fact]
    public async Task TwoClusters_BothWatched_ItemsKeyedByClusterName()
    {
        using var directory = new TempDirectory("dashboard-multi");
        await using var home = await KubernetesEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using var lab = await KubernetesEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        SandboxSeed.Apply(home);
        SandboxSeed.Apply(lab);
        lab.Store.Delete(lab.Registry.Require("argoproj.io", "applications"), "argocd", "my-app-4");

        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ClusterConnectionRegistry>()
            .AddResourceMappers()
            .AddClusterWatching()
            .BuildServiceProvider();
        services.GetRequiredService<ClusterConnectionRegistry>().Set(
        [
            ClusterConnectionResolver.FromKubeconfig(KubeconfigWriter.Write(home, Path.Combine(directory.Path, "home")), KubeconfigWriter.ContextName, "home"),
            ClusterConnectionResolver.FromKubeconfig(KubeconfigWriter.Write(lab, Path.Combine(directory.Path, "lab")), KubeconfigWriter.ContextName, "lab"),
        ]);
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(TestContext.Current.CancellationToken);
        }

        var store = services.GetRequiredService<IClusterStore>();
        try
        {
            for (var i = 0; i < 200 && !(Watching(store, "home") && Watching(store, "lab")); i++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            var apps = store.Current.Apps.Where(a => a.Key.Kind == ResourceKind.ArgoApplication).ToList();
            Assert.Contains(apps, a => a.Key is { Cluster: "home", Name: "my-app-4" });
            Assert.DoesNotContain(apps, a => a.Key is { Cluster: "lab", Name: "my-app-4" });
            Assert.Contains(apps, a => a.Key is { Cluster: "lab", Name: "home-assistant" });
            Assert.Equal(apps.Count(a => a.Key.Cluster == "home") - 1, apps.Count(a => a.Key.Cluster == "lab"));
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    private static bool Watching(IClusterStore store, string cluster) =>
        store.Current.Watches.TryGetValue((cluster, ResourceKind.ArgoApplication), out var state) && state.Phase == WatchPhase.Watching;
}
