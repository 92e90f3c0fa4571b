using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Bench.Micro;

/// <summary>Mapping the fixture objects to Core records; the baseline is parsing the same JSON, which any watcher must do.</summary>
[MemoryDiagnoser]
public class MapperBenchmarks
{
    private IReadOnlyList<string> _applications = [];
    private IReadOnlyList<string> _certificates = [];
    private IReadOnlyList<string> _volumes = [];

    [GlobalSetup]
    public void Setup()
    {
        _applications = MicroFixtures.ObjectsOf("argoproj.io/v1alpha1", "Application");
        _certificates = MicroFixtures.ObjectsOf("cert-manager.io/v1", "Certificate");
        _volumes = MicroFixtures.ObjectsOf("longhorn.io/v1beta2", "Volume");
    }

    [Benchmark(Baseline = true, Description = "parse Application JSON (baseline)")]
    public int ParseApplications()
    {
        var total = 0;
        foreach (var json in _applications)
        {
            using var document = JsonDocument.Parse(json);
            total += document.RootElement.GetPropertyCount();
        }

        return total;
    }

    [Benchmark(Description = "parse + map Applications")]
    public int MapApplications() => Map(_applications, ResourceKind.ArgoApplication);

    [Benchmark(Description = "parse + map Certificates")]
    public int MapCertificates() => Map(_certificates, ResourceKind.Certificate);

    [Benchmark(Description = "parse + map Longhorn Volumes")]
    public int MapVolumes() => Map(_volumes, ResourceKind.LonghornVolume);

    private static int Map(IReadOnlyList<string> objects, ResourceKind kind)
    {
        var mapper = ResourceMappers.For(kind);
        var total = 0;
        foreach (var json in objects)
        {
            using var document = JsonDocument.Parse(json);
            total += mapper.Map("bench", document.RootElement).Key.Name.Length;
        }

        return total;
    }
}
