using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dashboard.Bench.Harness;
using Dashboard.Bench.Scenarios;

namespace Dashboard.Bench.Micro;

/// <summary>
/// Runs the BenchmarkDotNet classes in-process (no generated project to build on a busy 2-core machine) and turns
/// each method into a figure against its class's baseline method. The short mode is a dry run: one invocation.
/// </summary>
public sealed class MicroBenchmarkScenario : IScenario
{
    private const string Scenario = "0 micro";

    public string Name => "micro";

    public Task RunAsync(BenchContext context)
    {
        var job = (context.Short ? Job.Dry : Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8)).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(context.Short ? NullLogger.Instance : ConsoleLogger.Default)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(RepositoryPaths.Root, "artifacts", "bench", "BenchmarkDotNet"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);
        Type[] classes = [typeof(MapperBenchmarks), typeof(StoreFanOutBenchmarks), typeof(AppListBenchmarks), typeof(AppListViewBenchmarks), typeof(YamlEditBenchmarks)];
        if (context.Options.MicroClasses is { } chosen)
        {
            classes = [.. classes.Where(c => chosen.Contains(c.Name))];
            if (classes.Length == 0)
            {
                throw new ArgumentException($"--micro-classes names no benchmark class; known: MapperBenchmarks, StoreFanOutBenchmarks, AppListBenchmarks, AppListViewBenchmarks, YamlEditBenchmarks.");
            }
        }

        var summary = BenchmarkRunner.Run(classes, config);
        foreach (var s in summary)
        {
            foreach (var report in s.Reports)
            {
                var descriptor = report.BenchmarkCase.Descriptor;
                if (report.ResultStatistics is not { } stats)
                {
                    context.Report.Gap(Scenario, descriptor.WorkloadMethodDisplayInfo, "BenchmarkDotNet produced no result (see its log under artifacts/bench/BenchmarkDotNet)");
                    continue;
                }

                var baseline = s.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Type == descriptor.Type && r.BenchmarkCase.Descriptor.Baseline);
                var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                context.Add(Scenario, $"{descriptor.Type.Name}: {descriptor.WorkloadMethodDisplayInfo.Trim('\'')}", stats.Mean / 1000, "us",
                    baseline is null ? "-" : baseline.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''), baseline?.ResultStatistics?.Mean / 1000,
                    note: allocated is { } bytes ? $"{bytes / 1024.0:0.#} KiB allocated per op; {(context.Short ? "dry run (1 invocation)" : "1 launch, 2 warm-up, 8 iterations, in-process")}" : null);
            }
        }

        return Task.CompletedTask;
    }
}
