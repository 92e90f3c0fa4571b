using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dashboard.Bench.Harness;
using Dashboard.Git.Editing;

namespace Dashboard.Bench.Micro;

/// <summary>Setting one scalar in real GitOps files (the 59 cases of fixtures/gitops/cases.json); the baseline reads the same scalar.</summary>
[MemoryDiagnoser]
public class YamlEditBenchmarks
{
    private List<(string Text, string Locator, string Value)> _cases = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(RepositoryPaths.Root, "..", "shared", "fixtures", "gitops");
        if (!Directory.Exists(root))
        {
            root = Path.Combine(RepositoryPaths.Root, "..", "..", "shared", "fixtures", "gitops");
        }

        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "cases.json")));
        _cases = cases.RootElement.EnumerateArray()
            .Select(c => (File.ReadAllText(Path.Combine(root, c.GetProperty("file").GetString()!)), c.GetProperty("locator").GetString()!, "9.9.9"))
            .ToList();
    }

    [Benchmark(Baseline = true, Description = "read the scalar in 59 real files (baseline)")]
    public int Read()
    {
        var total = 0;
        foreach (var (text, locator, _) in _cases)
        {
            total += YamlScalarEditor.Read(text, locator).GetHashCode() & 1;
        }

        return total;
    }

    [Benchmark(Description = "set the scalar in 59 real files (keeps comments and quoting)")]
    public int Set()
    {
        var total = 0;
        foreach (var (text, locator, value) in _cases)
        {
            total += YamlScalarEditor.Set(text, locator, value).GetHashCode() & 1;
        }

        return total;
    }
}
