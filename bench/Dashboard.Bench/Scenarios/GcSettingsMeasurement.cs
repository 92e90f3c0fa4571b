namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 3, GC part: the same app at 1,000 apps with 3 pages under each GC setting, started as a process with
/// the runtime's environment variables. The shipped default (Dashboard.Web.csproj) is the baseline.
/// </summary>
public sealed class GcSettingsMeasurement(BenchContext context)
{
    private const string Scenario = "3 scale: GC settings";

    public static readonly (string Name, Dictionary<string, string> Environment)[] Variants =
    [
        ("workstation, non-concurrent (shipped)", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "0" }),
        ("workstation, concurrent", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" }),
        ("server, DATAS off", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "0" }),
        ("server, DATAS on", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "1" }),
        ("workstation, non-concurrent, 64 MiB heap limit", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "0", ["DOTNET_GCHeapHardLimit"] = "0x4000000" }),
    ];

    public async Task RunAsync()
    {
        var apps = context.Size(50, 1000);
        var variants = context.Short ? new[] { Variants[0], Variants[3] } : Variants;
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
            context.Add(Scenario, $"RSS with 3 pages, {apps} apps: {name}", run.Memory[3].RssMiB, "MiB", "shipped default", shipped.Memory[3].RssMiB,
                "under 150 MiB", run.Memory[3].RssMiB < 150, run.Memory[3].ServerGc ? "server GC confirmed in-process" : "workstation GC confirmed in-process");
            context.Add(Scenario, $"managed heap with 3 pages, {apps} apps: {name}", run.Memory[3].HeapAfterGcMiB, "MiB", "shipped default", shipped.Memory[3].HeapAfterGcMiB);
            context.Add(Scenario, $"Apps page interactive, {apps} apps: {name}", run.InteractiveMs, "ms", "shipped default", shipped.InteractiveMs);
        }
    }
}
