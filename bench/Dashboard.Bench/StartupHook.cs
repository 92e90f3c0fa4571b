using System.Diagnostics;
using System.Runtime;

/// <summary>
/// A .NET startup hook that the scenario runner loads into the dashboard process (DOTNET_STARTUP_HOOKS) to read
/// what only the process itself knows: managed heap, GC mode, handles. It writes one line of JSON to the file
/// named by DASHBOARD_BENCH_PROBE twice a second. When the file named by DASHBOARD_BENCH_GC_TRIGGER appears, it
/// deletes it, runs a full blocking compacting GC (LOH included) and reports the heap after it with a sequence
/// number, so the bench can compare live memory without waiting for the GC to run on its own.
/// The dashboard's code is not changed for the benchmark.
/// </summary>
internal static class StartupHook
{
    private static long _forcedGcSequence;
    private static long _forcedGcHeapBytes = -1;
    private static long _forcedGcCommittedBytes = -1;

    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_PROBE");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var trigger = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_GC_TRIGGER");
        var thread = new Thread(() => Loop(path, trigger)) { IsBackground = true, Name = "bench-probe" };
        thread.Start();
    }

    private static void Loop(string path, string? trigger)
    {
        var temp = path + ".tmp";
        var tick = 0;
        while (true)
        {
            try
            {
                var forced = false;
                if (!string.IsNullOrEmpty(trigger) && File.Exists(trigger))
                {
                    File.Delete(trigger);
                    ForceFullGc();
                    forced = true;
                }

                // The probe file twice a second, and at once after a forced GC; the trigger is polled every 100 ms.
                if (forced || tick++ % 5 == 0)
                {
                    Write(path, temp);
                }
            }
            catch (IOException)
            {
                // The runner may be reading the file; the next tick writes it again.
            }

            Thread.Sleep(100);
        }
    }

    private static void ForceFullGc()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        _forcedGcHeapBytes = info.HeapSizeBytes;
        _forcedGcCommittedBytes = info.TotalCommittedBytes;
        Interlocked.Increment(ref _forcedGcSequence);
    }

    private static void Write(string path, string temp)
    {
        var info = GC.GetGCMemoryInfo();
        using var process = Process.GetCurrentProcess();
        var line = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{{\"heapAfterGc\":{info.HeapSizeBytes},\"totalMemory\":{GC.GetTotalMemory(false)},\"committed\":{info.TotalCommittedBytes}," +
            $"\"handles\":{process.HandleCount},\"threads\":{process.Threads.Count},\"gcCount\":{GC.CollectionCount(0)}," +
            $"\"forcedGcSequence\":{Interlocked.Read(ref _forcedGcSequence)},\"heapAfterForcedGc\":{_forcedGcHeapBytes},\"committedAfterForcedGc\":{_forcedGcCommittedBytes}," +
            $"\"server\":{(GCSettings.IsServerGC ? "true" : "false")},\"latency\":\"{GCSettings.LatencyMode}\"}}");
        File.WriteAllText(temp, line);
        File.Move(temp, path, overwrite: true);
    }
}
