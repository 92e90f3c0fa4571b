using System.Diagnostics;
using System.Runtime.InteropServices;
using Dashboard.Bench.Harness;
using Dashboard.Bench.Micro;
using Dashboard.Bench.Results;
using Dashboard.Bench.Scenarios;

namespace Dashboard.Bench;

/// <summary>Runs the chosen scenarios one after another, writes the results, and fails only when the harness broke.</summary>
public static class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options, string[] args)
    {
        var clock = Stopwatch.StartNew();
        var report = new RunReport
        {
            Short = options.Short,
            StartedAt = DateTimeOffset.UtcNow,
            Command = "dotnet run -c Release --project bench/Dashboard.Bench" + (args.Length > 0 ? " -- " + string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)) : ""),
        };
        var loadAtStart = LoadMonitor.LoadAverage();
        var otherDotnet = Process.GetProcessesByName("dotnet").Length - 1;
        using var cancellation = new CancellationTokenSource(options.Short ? TimeSpan.FromMinutes(20) : TimeSpan.FromMinutes(120));
        var failures = new List<string>();
        await using (var load = new LoadMonitor())
        {
            var needsApp = options.Scenarios.Any(s => s != "micro");
            var appDll = !needsApp ? string.Empty : options.AppDll ?? await RepositoryPaths.PublishAppAsync(cancellation.Token);
            var context = new BenchContext(options, report, appDll, cancellation.Token);
            IScenario[] scenarios = [new MicroBenchmarkScenario(), new EventToScreenScenario(), new FloodScenario(), new ScaleScenario(), new FaultScenario(), new SoakScenario()];
            foreach (var scenario in scenarios.Where(s => options.Scenarios.Contains(s.Name)))
            {
                Console.WriteLine($"==> scenario {scenario.Name} ({clock.Elapsed.TotalSeconds:0} s)");
                var before = report.Figures.Count;
                try
                {
                    await scenario.RunAsync(context);
                    if (report.Figures.Count == before)
                    {
                        failures.Add($"{scenario.Name}: produced no figure");
                    }
                }
                catch (Exception ex)
                {
                    failures.Add($"{scenario.Name}: {ex.GetType().Name}: {ex.Message}");
                    Console.Error.WriteLine($"scenario {scenario.Name} failed: {ex}");
                    report.Gap(scenario.Name, "the whole scenario", $"the harness failed: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
                }
            }

            var (min, mean, max) = load.Summary();
            report.Environment.Add($"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, bench built {RepositoryPaths.Configuration}");
            report.Environment.Add($"1-minute load average {loadAtStart:0.0} at start, {min:0.0}–{max:0.0} (mean {mean:0.0}) during the run, {LoadMonitor.LoadAverage():0.0} at the end; {otherDotnet} other dotnet processes at start");
            // The load includes the bench's own app, emulators and Chromium pages; more than that means another job shared the cores.
            report.Environment.Add(mean > Environment.ProcessorCount * 2
                ? "the machine was shared with other work during the run, so absolute times are inflated; compare each figure with its baseline from the same run"
                : "the load is the bench's own (app, emulators, Chromium pages on the same cores); compare each figure with its baseline from the same run");
        }

        report.Duration = clock.Elapsed;
        foreach (var missed in report.Figures.Where(f => f.GoalMet == false))
        {
            report.Notes.Add($"- ❌ **{missed.Scenario}: {missed.Name}** = {RunReport.Format(missed.Value)} {missed.Unit} (goal: {missed.Goal}).");
        }

        var output = options.OutputDirectory ?? (options.Short ? Path.Combine(RepositoryPaths.Root, "artifacts", "bench", "short") : Path.Combine(RepositoryPaths.Root, "bench"));
        ResultWriter.Write(report, output, [
            "# Benchmark results (issue 6)",
            "",
            options.Short
                ? "Short mode: tiny sizes, a harness check only — these figures say nothing about speed."
                : "One full run of `bench/Dashboard.Bench` on this machine. Every figure has a baseline measured in the same run; see bench/README.md for how each is taken.",
        ]);
        Console.WriteLine($"wrote {output}/results.md and results.json ({report.Figures.Count} figures, {report.Gaps.Count} not measured) in {clock.Elapsed.TotalSeconds:0} s");
        foreach (var nan in report.Figures.Where(f => double.IsNaN(f.Value)))
        {
            Console.WriteLine($"warning: {nan.Scenario} | {nan.Name} has no value (timed out)");
        }

        if (failures.Count > 0)
        {
            Console.Error.WriteLine("bench harness failed: " + string.Join("; ", failures));
            return 1;
        }

        return 0;
    }
}
