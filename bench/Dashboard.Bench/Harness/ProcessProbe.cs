using System.Globalization;
using System.Text.Json;

namespace Dashboard.Bench.Harness;

/// <summary>
/// One reading of the dashboard process: RSS (total, anonymous, file-backed) and open file descriptors from /proc,
/// the rest from the startup hook. <see cref="HeapAfterForcedGcMiB"/> is the heap after the last full blocking GC
/// that the bench asked for (<see cref="ForcedGcSequence"/> counts them; NaN before the first).
/// </summary>
public sealed record ProcessProbe(double RssMiB, double HeapAfterGcMiB, double TotalManagedMiB, int Handles, int Threads, bool ServerGc)
{
    public double RssAnonMiB { get; init; } = double.NaN;

    public double RssFileMiB { get; init; } = double.NaN;

    /// <summary>Memory the GC has committed (heap plus free space it keeps), as the process reports it.</summary>
    public double GcCommittedMiB { get; init; } = double.NaN;

    public long ForcedGcSequence { get; init; }

    public double HeapAfterForcedGcMiB { get; init; } = double.NaN;

    /// <summary>RSS by kind of mapping; read only after a forced GC (smaps is slower to read than status).</summary>
    public MemoryMap? Map { get; init; }

    public static ProcessProbe Read(int pid, string probeFile)
    {
        long rssKb = 0, anonKb = 0, fileKb = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            rssKb = Field(line, "VmRSS:") ?? rssKb;
            anonKb = Field(line, "RssAnon:") ?? anonKb;
            fileKb = Field(line, "RssFile:") ?? fileKb;
        }

        var fds = Directory.GetFiles($"/proc/{pid}/fd").Length;
        double heap = double.NaN, total = double.NaN, committed = double.NaN, forcedHeap = double.NaN;
        long forcedSequence = 0;
        var threads = 0;
        var server = false;
        if (File.Exists(probeFile))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(probeFile));
                var root = doc.RootElement;
                heap = root.GetProperty("heapAfterGc").GetInt64() / 1048576.0;
                total = root.GetProperty("totalMemory").GetInt64() / 1048576.0;
                committed = root.GetProperty("committed").GetInt64() / 1048576.0;
                threads = root.GetProperty("threads").GetInt32();
                server = root.GetProperty("server").GetBoolean();
                forcedSequence = root.GetProperty("forcedGcSequence").GetInt64();
                forcedHeap = forcedSequence > 0 ? root.GetProperty("heapAfterForcedGc").GetInt64() / 1048576.0 : double.NaN;
            }
            catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException)
            {
                // Read while being replaced; heap stays unknown for this reading.
            }
        }

        return new ProcessProbe(rssKb / 1024.0, heap, total, fds, threads, server)
        {
            RssAnonMiB = anonKb / 1024.0,
            RssFileMiB = fileKb / 1024.0,
            GcCommittedMiB = committed,
            ForcedGcSequence = forcedSequence,
            HeapAfterForcedGcMiB = forcedHeap,
        };
    }

    private static long? Field(string line, string name) =>
        line.StartsWith(name, StringComparison.Ordinal)
            ? long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)
            : null;
}
