using System.Text.Json.Nodes;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Sandbox.Kubernetes;

namespace Dashboard.Kubernetes.Tests.EndToEnd;

/// <summary>
/// Dashboard:Kubernetes:Namespaces against the seeded emulator over real HTTPS: namespaced kinds are listed and watched
/// in the configured namespaces only (what namespaced RBAC allows), cluster-scoped Namespaces stay cluster-wide.
/// </summary>
public sealed class NamespaceScopeTests
{
    private static readonly string[] _listedNamespaces = ["argocd", "lab"];

    [Fact]
    public async Task Namespaces_Set_ListsAndWatchesOnlyThoseNamespaces()
    {
        await using var cluster = await EmulatedCluster.StartAsync(
            emulator =>
            {
                CreateApp(emulator, "lab", "lab-app");
                CreateApp(emulator, "elsewhere", "hidden-app");
            },
            o => o.Namespaces = _listedNamespaces);

        await cluster.EventuallyAsync(() => Watching(cluster, ResourceKind.ArgoApplication) && Watching(cluster, ResourceKind.FluxKustomization)
            && Watching(cluster, ResourceKind.Namespace) && cluster.App("lab", "lab-app") is not null, "watching argocd and lab");

        var apps = cluster.Store.Current.Apps.Where(a => a.Key.Kind == ResourceKind.ArgoApplication).ToList();
        Assert.Contains(apps, a => a.Key.Namespace == "argocd");
        Assert.All(apps, a => Assert.Contains(a.Key.Namespace, _listedNamespaces));
        Assert.Null(cluster.App("elsewhere", "hidden-app"));

        // Kustomizations live in flux-system, which is not listed: none shown, and the kind is still healthy (not "no permission").
        Assert.DoesNotContain(cluster.Store.Current.Items.Keys, k => k.Kind == ResourceKind.FluxKustomization);
        Assert.Contains(cluster.Store.Current.Items.Keys, k => k.Kind == ResourceKind.Namespace && k.Name == "flux-system");

        // "Watching" is set after the list; the watch request itself follows, so wait for it to reach the emulator.
        bool WatchSent(string path) => cluster.Emulator.Requests.All.Any(r => r.Method == "GET" && r.IsWatch && Path(r) == path);
        await cluster.EventuallyAsync(() => WatchSent("/api/v1/namespaces") && WatchSent("/apis/argoproj.io/v1alpha1/namespaces/lab/applications"),
            "watches of namespaces and of lab's applications sent");
        var reads = cluster.Emulator.Requests.All.Where(r => r.Method == "GET" && IsCollectionRequest(r.Path)).ToList();
        Assert.All(reads.Where(r => Path(r) != "/api/v1/namespaces"), r =>
            Assert.Matches("^/apis?/.+/namespaces/(argocd|lab)/[a-z]+$", Path(r)));
    }

    [Fact]
    public async Task Namespaces_Set_EventsArriveAndEachNamespaceRelistsOnlyItsOwnObjects()
    {
        await using var cluster = await EmulatedCluster.StartAsync(emulator => CreateApp(emulator, "lab", "lab-app"), o => o.Namespaces = _listedNamespaces);
        await cluster.EventuallyAsync(() => cluster.App("lab", "lab-app") is not null && Watching(cluster, ResourceKind.ArgoApplication), "lab-app listed");
        var argocdApps = cluster.Store.Current.Apps.Count(a => a.Key is { Kind: ResourceKind.ArgoApplication, Namespace: "argocd" });
        Assert.True(argocdApps > 0);

        cluster.SetSync("lab", "lab-app", "OutOfSync");
        await cluster.EventuallyAsync(() => cluster.App("lab", "lab-app")?.Sync == SyncState.OutOfSync, "watch event in lab");

        // An outage with the history compacted: each namespace's watcher must relist (410), which notices the deletion in lab
        // and must not delete the objects of argocd, listed by the other watcher.
        var lists = ListCount(cluster, "argocd") + ListCount(cluster, "lab");
        cluster.Emulator.Faults.FailNext(30, "/apis/argoproj.io");
        cluster.Emulator.Faults.DropWatches();
        cluster.Emulator.Store.Delete(cluster.Applications, "lab", "lab-app");
        CreateApp(cluster.Emulator, "lab", "lab-app-2");
        cluster.Emulator.Faults.CompactHistory();

        await cluster.EventuallyAsync(() => cluster.App("lab", "lab-app") is null && cluster.App("lab", "lab-app-2") is not null
            && ListCount(cluster, "argocd") + ListCount(cluster, "lab") >= lists + 2 && Watching(cluster, ResourceKind.ArgoApplication),
            "both namespaces relisted");
        Assert.Equal(argocdApps, cluster.Store.Current.Apps.Count(a => a.Key is { Kind: ResourceKind.ArgoApplication, Namespace: "argocd" }));
    }

    [Fact]
    public async Task Namespaces_Set_KindStateIsTheWorstOfItsNamespacesAndNamesIt()
    {
        await using var cluster = await EmulatedCluster.StartAsync(configure: o => o.Namespaces = _listedNamespaces);
        await cluster.EventuallyAsync(() => Watching(cluster, ResourceKind.ArgoApplication), "watching");

        cluster.Emulator.Faults.Forbid("applications.argoproj.io");
        cluster.Emulator.Faults.DropWatches();
        await cluster.EventuallyAsync(() => cluster.Watch(ResourceKind.ArgoApplication)?.Phase == WatchPhase.Forbidden, "forbidden");
        // The first namespace refused makes the kind Forbidden; the message says which.
        Assert.Matches("^namespace (argocd|lab): no permission to list applications.argoproj.io", cluster.Watch(ResourceKind.ArgoApplication)!.Message);

        cluster.Emulator.Faults.Allow("applications.argoproj.io");
        await cluster.EventuallyAsync(() => Watching(cluster, ResourceKind.ArgoApplication), "watching again in both namespaces");
        Assert.Null(cluster.Watch(ResourceKind.ArgoApplication)!.Message);
    }

    private static int ListCount(EmulatedCluster cluster, string ns) =>
        cluster.Emulator.Requests.CountWhere(r => !r.IsWatch && Path(r) == $"/apis/argoproj.io/v1alpha1/namespaces/{ns}/applications");

    private static bool Watching(EmulatedCluster cluster, ResourceKind kind) => cluster.Watch(kind)?.Phase == WatchPhase.Watching;

    /// <summary>List and watch requests (not discovery, not reads by name): /api/v1/x, /apis/g/v/x, or …/namespaces/ns/x.</summary>
    private static bool IsCollectionRequest(string path)
    {
        var segments = Path(path).Trim('/').Split('/');
        var prefix = segments[0] == "api" ? 2 : 3;
        return segments.Length == prefix + 1 || (segments.Length == prefix + 3 && segments[prefix] == "namespaces");
    }

    private static string Path(RequestRecord record) => Path(record.Path);

    private static string Path(string path) => path.Split('?')[0];

    private static void CreateApp(KubernetesEmulator emulator, string ns, string name) =>
        emulator.Store.Create(emulator.Registry.Require("argoproj.io", "applications"), ns, new JsonObject
        {
            ["apiVersion"] = "argoproj.io/v1alpha1",
            ["kind"] = "Application",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
            ["spec"] = new JsonObject
            {
                ["project"] = "default",
                ["source"] = new JsonObject { ["repoURL"] = "https://github.com/example/homelab", ["path"] = name, ["targetRevision"] = "main" },
                ["destination"] = new JsonObject { ["server"] = "https://kubernetes.default.svc", ["namespace"] = ns },
            },
            ["status"] = new JsonObject { ["sync"] = new JsonObject { ["status"] = "Synced" } },
        });
}
