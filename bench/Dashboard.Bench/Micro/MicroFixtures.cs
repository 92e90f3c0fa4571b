using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;

namespace Dashboard.Bench.Micro;

/// <summary>The objects the micro-benchmarks run on: the sandbox's upstream fixtures and generated clones of them.</summary>
public static class MicroFixtures
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> Cache = new();

    /// <summary>Raw JSON of every object of a kind, as the API server would send it (cached: BenchmarkDotNet sets up every case).</summary>
    public static IReadOnlyList<string> ObjectsOf(string apiVersion, string kind, int generated = 0) =>
        Cache.GetOrAdd($"{apiVersion}/{kind}/{generated}", _ => Load(apiVersion, kind, generated));

    private static IReadOnlyList<string> Load(string apiVersion, string kind, int generated)
    {
        var emulator = KubernetesEmulator.StartAsync().GetAwaiter().GetResult();
        try
        {
            SandboxSeed.Apply(emulator);
            if (generated > 0)
            {
                SandboxSeed.AddGenerated(emulator.Store, generated, 0, 0);
            }

            var type = emulator.Registry.FindByKind(apiVersion, kind) ?? throw new InvalidOperationException($"{kind} is not installed.");
            return emulator.Store.List(type).Select(o => o.ToJsonString()).ToList();
        }
        finally
        {
            emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Apps mapped by the real mapper from generated Applications.</summary>
    public static List<AppStatus> Apps(int count)
    {
        var mapper = ResourceMappers.For(ResourceKind.ArgoApplication);
        return ObjectsOf("argoproj.io/v1alpha1", "Application", count)
            .Select(json => (AppStatus)mapper.Map("bench", JsonDocument.Parse(json).RootElement.Clone()))
            .Take(count)
            .ToList();
    }

}
