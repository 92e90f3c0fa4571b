using System.Diagnostics;
using Dashboard.Testing;

namespace Dashboard.Bench.Harness;

/// <summary>
/// The published dashboard as its own OS process (the test suite's <see cref="DashboardProcess"/>), pointed at the
/// bench's emulators through ordinary configuration (a kubeconfig cluster and a GitHub Enterprise base URL), so RSS
/// and GC settings are the process's own. It owns a temporary data folder (the SQLite file) and deletes it on
/// dispose, unless <see cref="KillAndRestartAsync"/> handed the folder to a fresh process.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly DashboardProcess _process;
    private readonly string _appDll;
    private readonly Dictionary<string, string> _environment;
    private bool _ownsData = true;

    private AppProcess(DashboardProcess process, Uri address, string appDll, string dataDirectory, Dictionary<string, string> environment, Stopwatch sinceStart)
    {
        GcTriggerFile = Path.Combine(dataDirectory, "gc.trigger");
        _process = process;
        Address = address;
        _appDll = appDll;
        DataDirectory = dataDirectory;
        _environment = environment;
        SinceStart = sinceStart;
    }

    public Uri Address { get; }

    public string ProbeFile => Path.Combine(DataDirectory, "probe.json");

    /// <summary>The working directory and data folder; the SQLite file is <see cref="DatabasePath"/>.</summary>
    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "dashboard.db");

    /// <summary>Created by <see cref="ProbeAfterFullGcAsync"/>; the startup hook answers it with a full blocking GC.</summary>
    public string GcTriggerFile { get; }

    public int Pid => _process.Id;

    /// <summary>Started right before the process was.</summary>
    public Stopwatch SinceStart { get; }

    public string Output => _process.Output;

    public ProcessProbe Probe() => ProcessProbe.Read(Pid, ProbeFile);

    /// <summary>
    /// Asks the app (through its startup hook) for a full blocking, compacting GC and returns the first reading
    /// after it: <see cref="ProcessProbe.HeapAfterForcedGcMiB"/> is then the live managed memory, free of garbage
    /// that no GC has collected yet. RSS is read right after that GC.
    /// </summary>
    public async Task<ProcessProbe> ProbeAfterFullGcAsync(CancellationToken cancellationToken)
    {
        var before = Probe().ForcedGcSequence;
        await File.WriteAllTextAsync(GcTriggerFile, "gc", cancellationToken);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100, cancellationToken);
            var probe = Probe();
            if (probe.ForcedGcSequence > before)
            {
                return probe with { Map = MemoryMap.Read(Pid) };
            }
        }

        throw new TimeoutException("The dashboard's startup hook did not answer the forced GC within 60 s.");
    }

    public static Task<AppProcess> StartAsync(string appDll, BenchWorld world, IReadOnlyDictionary<string, string>? extraEnvironment, CancellationToken cancellationToken)
    {
        var data = Path.Combine(Path.GetTempPath(), "dashboard-bench-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(data);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Dashboard__Data__Path"] = Path.Combine(data, "dashboard.db"),
            ["Dashboard__Kubernetes__Clusters__0__KubeconfigPath"] = world.World.KubeconfigPath,
            ["Dashboard__Kubernetes__Clusters__0__Name"] = "bench",
            ["Dashboard__Git__BaseUrl"] = world.World.GitHubBaseAddress.ToString(),
            ["Dashboard__Git__Token"] = world.World.GitHubToken,
            ["DOTNET_STARTUP_HOOKS"] = typeof(AppProcess).Assembly.Location,
            ["DASHBOARD_BENCH_PROBE"] = Path.Combine(data, "probe.json"),
            ["DASHBOARD_BENCH_GC_TRIGGER"] = Path.Combine(data, "gc.trigger"),
        };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return StartOnAsync(appDll, data, environment, cancellationToken);
    }

    /// <summary>
    /// SIGKILLs this process (no shutdown, no flushing: a crash or an OOM kill) and starts a fresh one on the same
    /// data folder and configuration; the new process owns the folder from then on. Returns once it answers /healthz.
    /// </summary>
    public async Task<AppProcess> KillAndRestartAsync(CancellationToken cancellationToken)
    {
        await KillAsync(cancellationToken);
        _ownsData = false;
        return await StartOnAsync(_appDll, DataDirectory, _environment, cancellationToken);
    }

    /// <summary>Ends the process the hard way; the data folder stays until dispose.</summary>
    public Task KillAsync(CancellationToken cancellationToken) => _process.KillAsync(cancellationToken);

    private static async Task<AppProcess> StartOnAsync(string appDll, string data, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var sinceStart = Stopwatch.StartNew();
        var (process, address) = await DashboardProcess.StartAsync(appDll, data, environment, cancellationToken);
        return new AppProcess(process, address, appDll, data, environment, sinceStart);
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        if (!_ownsData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned eventually.
        }
    }
}
