using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Kubernetes.Tests.EndToEnd;

public sealed class MissingCrdTests
{
    [Fact]
    public async Task FluxNotInstalled_KustomizationWatch_SaysNotInstalledAndOthersWork()
    {
        await using var cluster = await EmulatedCluster.StartAsync(e => e.Registry.Hide("kustomizations.kustomize.toolkit.fluxcd.io"));

        await cluster.EventuallyAsync(() => cluster.Watch(ResourceKind.FluxKustomization)?.Phase == WatchPhase.NotInstalled, "not installed");
        await cluster.EventuallyAsync(() => cluster.App("argocd", "home-assistant") is not null, "Argo apps still listed");

        Assert.Contains("not installed", cluster.Watch(ResourceKind.FluxKustomization)!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(cluster.Store.Current.Apps, a => a.Key.Kind == ResourceKind.FluxKustomization);
    }

    [Fact]
    public async Task CrdInstalledLater_Recheck_StartsWatching()
    {
        await using var cluster = await EmulatedCluster.StartAsync(e => e.Registry.Hide("kustomizations.kustomize.toolkit.fluxcd.io"));
        await cluster.EventuallyAsync(() => cluster.Watch(ResourceKind.FluxKustomization)?.Phase == WatchPhase.NotInstalled, "not installed");

        cluster.Emulator.Registry.Unhide("kustomizations.kustomize.toolkit.fluxcd.io");

        await cluster.EventuallyAsync(() => cluster.Store.Current.Apps.Any(a => a.Key.Kind == ResourceKind.FluxKustomization), "kustomizations listed after install");
    }
}
