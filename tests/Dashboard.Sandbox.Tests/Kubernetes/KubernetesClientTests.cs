using System.Text.Json;
using k8s;
using k8s.Models;

namespace Dashboard.Sandbox.Tests.Kubernetes;

/// <summary>The dashboard's real client library (KubernetesClient 21.0.8) against the emulator, through a kubeconfig.</summary>
public sealed class KubernetesClientTests
{
    [Fact]
    public async Task CustomObjects_ListWatchPatch_WorkThroughKubeconfig()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await SandboxWorld.StartAsync(new SandboxWorldOptions { StartLife = false }, null, ct);
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(world.KubeconfigPath);
        using var client = new k8s.Kubernetes(config);

        var list = (JsonElement)await client.CustomObjects.ListClusterCustomObjectAsync("argoproj.io", "v1alpha1", "applications", cancellationToken: ct);
        var rv = list.GetProperty("metadata").GetProperty("resourceVersion").GetString();
        Assert.Equal(8, list.GetProperty("items").GetArrayLength()); // 5 fixtures + whoami, homelab-apps, uptime-kuma (GitOpsSeed)

        using var watchCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        watchCts.CancelAfter(TimeSpan.FromSeconds(10));
        var events = client.CustomObjects.WatchListClusterCustomObjectAsync(
            "argoproj.io", "v1alpha1", "applications", allowWatchBookmarks: true, resourceVersion: rv, timeoutSeconds: 30, cancellationToken: watchCts.Token);

        var patchTask = Task.Run(async () =>
        {
            await Task.Delay(200, ct);
            var patch = new V1Patch("""{"status":{"sync":{"status":"OutOfSync"}}}""", V1Patch.PatchType.MergePatch);
            await client.CustomObjects.PatchNamespacedCustomObjectAsync(patch, "argoproj.io", "v1alpha1", "argocd", "applications", "home-assistant", cancellationToken: ct);
        }, ct);

        string? seen = null;
        await foreach (var (type, item) in events)
        {
            if (type == WatchEventType.Modified)
            {
                seen = ((JsonElement)item).GetProperty("status").GetProperty("sync").GetProperty("status").GetString();
                break;
            }
        }

        await patchTask;
        Assert.Equal("OutOfSync", seen);
    }
}
