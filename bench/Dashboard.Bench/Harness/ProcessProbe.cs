using System.Text.Json;

namespace Dashboard.Bench.Harness;

/// <summary>One reading of the dashboard process: RSS and open file descriptors from /proc, the rest from the startup hook.</summary>
public sealed record ProcessProbe(double RssMiB, double HeapAfterGcMiB, double TotalManagedMiB, int Handles, int Threads, bool ServerGc)
{
    public static ProcessProbe Read(int pid, string probeFile)
    {
        var rssKb = 0L;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rssKb = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var fds = Directory.GetFiles($"/proc/{pid}/fd").Length;
        double heap = double.NaN, total = double.NaN;
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
                threads = root.GetProperty("threads").GetInt32();
                server = root.GetProperty("server").GetBoolean();
            }
            catch (Exception ex) when (ex is IOException or JsonException)
            {
                // Read while being replaced; heap stays unknown for this reading.
            }
        }

        return new ProcessProbe(rssKb / 1024.0, heap, total, fds, threads, server);
    }
}
