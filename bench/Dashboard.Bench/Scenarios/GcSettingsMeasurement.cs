namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 3, settings part: the same app at 1,000 apps with 3 pages under each GC and runtime setting, started as a
/// process with the runtime's environment variables (which override the runtimeconfig). The shipped default
/// (Dashboard.Web.csproj) runs first and is the baseline.
/// </summary>
public sealed class GcSettingsMeasurement(BenchContext context)
{
    public const string Scenario = "3 scale: GC and runtime settings";

    public static readonly (string Name, Dictionary<string, string> Environment)[] Variants =
    [
        ("shipped default", new()),
        ("workstation, concurrent", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" }),
        ("server, DATAS off", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "0" }),
        ("server, DATAS on", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "1" }),
        ("W^X off", new() { ["DOTNET_EnableWriteXorExecute"] = "0" }),
        ("gen0 budget 4 MiB", new() { ["DOTNET_GCgen0size"] = "0x400000" }),
        ("ConserveMemory 5", new() { ["DOTNET_GCConserveMemory"] = "5" }),
        ("TieredPGO off", new() { ["DOTNET_TieredPGO"] = "0" }),
        ("TieredCompilation off", new() { ["DOTNET_TieredCompilation"] = "0" }),
        ("gen0 budget 4 MiB + TieredPGO off", new() { ["DOTNET_GCgen0size"] = "0x400000", ["DOTNET_TieredPGO"] = "0" }),
        ("gen0 budget 4 MiB + TieredCompilation off", new() { ["DOTNET_GCgen0size"] = "0x400000", ["DOTNET_TieredCompilation"] = "0" }),
        ("heap hard limit 192 MiB", new() { ["DOTNET_GCHeapHardLimit"] = "0xC000000" }),
        ("GCRetainVM on", new() { ["DOTNET_GCRetainVM"] = "1" }),
    ];

    public async Task RunAsync()
    {
        var apps = context.Size(50, 1000);
        var filter = context.Options.GcVariants;
        var variants = context.Short
            ? [Variants[0], Variants[3]]
            : Variants.Where((v, i) => i == 0 || filter is null || filter.Any(f => v.Name.Contains(f, StringComparison.OrdinalIgnoreCase))).ToArray();
        ScaleRun? shipped = null;
        foreach (var (name, environment) in variants)
        {
            ScaleRun run;
            try
            {
                run = await ScaleScenario.MeasureAsync(context, apps, context.Size(10, 500), context.Size(10, 200), [3], environment);
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or Microsoft.Playwright.PlaywrightException)
            {
                context.Report.Gap(Scenario, name, $"the app did not complete under this setting: {ex.Message.Split('\n')[0]}");
                continue;
            }

            shipped ??= run;
            var three = run.Memory[3];
            var settings = environment.Count == 0 ? "runtimeconfig as published" : string.Join(" ", environment.Select(e => $"{e.Key}={e.Value}"));
            context.Add(Scenario, $"RSS with 3 pages, {apps} apps: {name}", three.RssMiB, "MiB", "shipped default", shipped.Memory[3].RssMiB,
                "under 150 MiB", three.RssMiB < 150,
                $"{settings}; {(three.ServerGc ? "server" : "workstation")} GC confirmed in-process; anonymous {three.RssAnonMiB:0} MiB, file-backed {three.RssFileMiB:0} MiB; GC committed {three.GcCommittedMiB:0} MiB; after a forced full GC: RSS {run.Live[3].RssMiB:0} MiB, {run.Live[3].Map}");
            context.Add(Scenario, $"RSS after start, 0 pages, {apps} apps: {name}", run.Memory[0].RssMiB, "MiB", "shipped default", shipped.Memory[0].RssMiB);
            context.Add(Scenario, $"managed heap after last GC, 3 pages, {apps} apps: {name}", three.HeapAfterGcMiB, "MiB", "shipped default", shipped.Memory[3].HeapAfterGcMiB);
            context.Add(Scenario, $"live managed heap after a forced full GC, 3 pages, {apps} apps: {name}", run.Live[3].HeapAfterForcedGcMiB, "MiB", "shipped default", shipped.Live[3].HeapAfterForcedGcMiB);
            context.Add(Scenario, $"Apps page interactive, {apps} apps: {name}", run.InteractiveMs, "ms", "shipped default", shipped.InteractiveMs);
        }
    }
}
