using System.Diagnostics;
using System.Runtime;

/// <summary>
/// A .NET startup hook that the scenario runner loads into the dashboard process (DOTNET_STARTUP_HOOKS) to read
/// what only the process itself knows: managed heap, GC mode, handles. It writes one line of JSON to the file
/// named by DASHBOARD_BENCH_PROBE twice a second. The dashboard's code is not changed for the benchmark.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_PROBE");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var thread = new Thread(() => Loop(path)) { IsBackground = true, Name = "bench-probe" };
        thread.Start();
    }

    private static void Loop(string path)
    {
        var temp = path + ".tmp";
        while (true)
        {
            try
            {
                var info = GC.GetGCMemoryInfo();
                using var process = Process.GetCurrentProcess();
                var line = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{{\"heapAfterGc\":{info.HeapSizeBytes},\"totalMemory\":{GC.GetTotalMemory(false)},\"committed\":{info.TotalCommittedBytes}," +
                    $"\"handles\":{process.HandleCount},\"threads\":{process.Threads.Count},\"gcCount\":{GC.CollectionCount(0)}," +
                    $"\"server\":{(GCSettings.IsServerGC ? "true" : "false")},\"latency\":\"{GCSettings.LatencyMode}\"}}");
                File.WriteAllText(temp, line);
                File.Move(temp, path, overwrite: true);
            }
            catch (IOException)
            {
                // The runner may be reading the file; the next tick writes it again.
            }

            Thread.Sleep(500);
        }
    }
}
