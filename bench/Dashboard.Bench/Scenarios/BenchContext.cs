using Dashboard.Bench.Harness;
using Dashboard.Bench.Results;

namespace Dashboard.Bench.Scenarios;

/// <summary>What every scenario gets: the options, the report to add figures to, the published app and a browser.</summary>
public sealed class BenchContext(BenchOptions options, RunReport report, string appDll, CancellationToken cancellationToken)
{
    public BenchOptions Options { get; } = options;

    public RunReport Report { get; } = report;

    public string AppDll { get; } = appDll;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public bool Short => Options.Short;

    /// <summary>Picks the short-mode size or the full one.</summary>
    public T Size<T>(T shortValue, T fullValue) => Short ? shortValue : fullValue;

    public Task<AppProcess> StartAppAsync(BenchWorld world, IReadOnlyDictionary<string, string>? environment = null) =>
        AppProcess.StartAsync(AppDll, world, environment, CancellationToken);

    public void Add(string scenario, string name, double value, string unit, string baselineName, double? baseline,
        string? goal = null, bool? met = null, string? note = null) =>
        Report.Add(new Figure(scenario, name, value, unit, baselineName, baseline, goal, met, note));
}
