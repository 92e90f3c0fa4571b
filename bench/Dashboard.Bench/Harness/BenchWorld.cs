using System.Text.Json.Nodes;
using Dashboard.Sandbox;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;

namespace Dashboard.Bench.Harness;

/// <summary>
/// The sandbox world the benchmarks change on purpose: the seeded fixtures plus generated apps, certificates and
/// volumes, with the simulated life and controllers off so that every change in a measurement is the bench's own.
/// </summary>
public sealed class BenchWorld : IAsyncDisposable
{
    private BenchWorld(SandboxWorld world, IReadOnlyList<(string Namespace, string Name)> generatedApps)
    {
        World = world;
        GeneratedApps = generatedApps;
        ApplicationType = world.Kubernetes.Registry.FindByKind("argoproj.io/v1alpha1", "Application")
            ?? throw new InvalidOperationException("The sandbox has no Application CRD.");
    }

    public SandboxWorld World { get; }

    public KubernetesEmulator Kubernetes => World.Kubernetes;

    public ResourceType ApplicationType { get; }

    /// <summary>Generated Argo CD Applications in name order (<c>&lt;fixture&gt;-g00001</c>...).</summary>
    public IReadOnlyList<(string Namespace, string Name)> GeneratedApps { get; }

    /// <summary>Apps the Apps page lists: Argo CD Applications and ApplicationSets, Flux Kustomizations and HelmReleases.</summary>
    public int ExpectedAppCount =>
        Count("argoproj.io/v1alpha1", "Application") + Count("argoproj.io/v1alpha1", "ApplicationSet") + Count("kustomize.toolkit.fluxcd.io/v1", "Kustomization")
        + Count("helm.toolkit.fluxcd.io/v2", "HelmRelease");

    /// <summary>How many apps the Apps page search should keep for <paramref name="text"/> (it matches only generated names).</summary>
    public int ExpectedFilterCount(string text) => GeneratedApps.Count(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <param name="plainMessages">Clear conditions and operation state of generated apps so the health message is the shown message.</param>
    public static async Task<BenchWorld> StartAsync(int apps, int certificates, int volumes, bool plainMessages, CancellationToken cancellationToken)
    {
        var world = await SandboxWorld.StartAsync(new SandboxWorldOptions { StartLife = false, StartReconciler = false }, null, cancellationToken);
        SandboxSeed.AddGenerated(world.Kubernetes.Store, apps, certificates, volumes);
        var type = world.Kubernetes.Registry.FindByKind("argoproj.io/v1alpha1", "Application")!;
        var generated = world.Kubernetes.Store.List(type)
            .Where(o => o["metadata"]?["labels"]?["sandbox.dashboard/generated"] is not null)
            .Select(o => (o["metadata"]!["namespace"]!.GetValue<string>(), o["metadata"]!["name"]!.GetValue<string>()))
            .OrderBy(a => a.Item2[^6..], StringComparer.Ordinal)
            .ToList();
        var bench = new BenchWorld(world, generated);
        if (plainMessages)
        {
            foreach (var (ns, name) in generated)
            {
                bench.SetHealth(ns, name, "Healthy", "seed", clearConditions: true);
            }
        }

        return bench;
    }

    /// <summary>Merge-patches an Application's health the way Argo CD writes it (no status subresource).</summary>
    public void SetHealth(string ns, string name, string status, string message, bool clearConditions = false)
    {
        var statusPatch = new JsonObject { ["health"] = new JsonObject { ["status"] = status, ["message"] = message } };
        if (clearConditions)
        {
            statusPatch["conditions"] = null;
            statusPatch["operationState"] = null;
        }

        Kubernetes.Store.Patch(ApplicationType, ns, name, new JsonObject { ["status"] = statusPatch });
    }

    public void DeleteApp(string ns, string name) => Kubernetes.Store.Delete(ApplicationType, ns, name);

    public JsonObject? GetApp(string ns, string name) => Kubernetes.Store.Get(ApplicationType, ns, name);

    private int Count(string apiVersion, string kind) =>
        Kubernetes.Registry.FindByKind(apiVersion, kind) is { } type ? Kubernetes.Store.Count(type) : 0;

    public async ValueTask DisposeAsync() => await World.DisposeAsync();
}
