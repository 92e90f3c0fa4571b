using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dashboard.Bench.Harness;

/// <summary>
/// The published dashboard as its own OS process, pointed at the bench's emulators through ordinary configuration
/// (a kubeconfig cluster and a GitHub Enterprise base URL), so RSS and GC settings are the process's own.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDirectory;

    private AppProcess(Process process, Uri address, string probeFile, string dataDirectory, Stopwatch sinceStart)
    {
        GcTriggerFile = Path.Combine(dataDirectory, "gc.trigger");
        _process = process;
        Address = address;
        ProbeFile = probeFile;
        _dataDirectory = dataDirectory;
        SinceStart = sinceStart;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
    }

    public Uri Address { get; }

    public string ProbeFile { get; }

    /// <summary>Created by <see cref="ProbeAfterFullGcAsync"/>; the startup hook answers it with a full blocking GC.</summary>
    public string GcTriggerFile { get; }

    public int Pid => _process.Id;

    /// <summary>Started right before the process was.</summary>
    public Stopwatch SinceStart { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

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

    public static async Task<AppProcess> StartAsync(string appDll, BenchWorld world, IReadOnlyDictionary<string, string>? extraEnvironment, CancellationToken cancellationToken)
    {
        var data = Path.Combine(Path.GetTempPath(), "dashboard-bench-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(data);
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        start.ArgumentList.Add($"--urls={address}");
        var probe = Path.Combine(data, "probe.json");
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
            ["DASHBOARD_BENCH_PROBE"] = probe,
            ["DASHBOARD_BENCH_GC_TRIGGER"] = Path.Combine(data, "gc.trigger"),
        };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var sinceStart = Stopwatch.StartNew();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process, address, probe, data, sinceStart);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync(cancellationToken);
        return app;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The dashboard exited with {_process.ExitCode}: {Output}");
            }

            try
            {
                if ((await client.GetAsync("healthz", cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("The dashboard did not answer /healthz within 120 s: " + Output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned eventually.
        }
    }
}
