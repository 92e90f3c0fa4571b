using BenchmarkDotNet.Attributes;
using Dashboard.Core.Cluster;
using Dashboard.Web.Model.Apps;

namespace Dashboard.Bench.Micro;

/// <summary>The Apps page model at 5,000 rows: filter and sort as the page does on every batch and keystroke.</summary>
[MemoryDiagnoser]
public class AppListBenchmarks
{
    private List<AppStatus> _apps = [];

    [GlobalSetup]
    public void Setup() => _apps = MicroFixtures.Apps(5000);

    [Benchmark(Baseline = true, Description = "copy 5,000 apps to a list (baseline)")]
    public int Copy() => _apps.ToList().Count;

    [Benchmark(Description = "5,000 apps: default sort (severity, name)")]
    public int DefaultSort() => AppListModel.Apply(_apps, new AppQuery()).Count;

    [Benchmark(Description = "5,000 apps: search 'g0012' + sort")]
    public int Search() => AppListModel.Apply(_apps, new AppQuery { Search = "g0012" }).Count;

    [Benchmark(Description = "5,000 apps: Problems filter + sort by name")]
    public int Problems() => AppListModel.Apply(_apps, new AppQuery { State = AppStateFilter.Problems, SortBy = AppSortColumn.Name }).Count;
}
