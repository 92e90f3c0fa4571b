using System.Globalization;

namespace Dashboard.Bench.Harness;

/// <summary>
/// Where a process's resident set goes, summed from /proc/&lt;pid&gt;/smaps: anonymous private memory (the GC heap,
/// native allocations, thread stacks), the runtime's double-mapped executable memory (JIT code, stubs and loader
/// heaps when W^X is on, shown as <c>memfd:doublemapper</c>), and file-backed pages (assemblies and native libraries).
/// </summary>
public sealed record MemoryMap(double AnonymousMiB, double DoubleMappedMiB, double AssembliesMiB, double NativeLibrariesMiB, double OtherFileMiB)
{
    public static MemoryMap Read(int pid)
    {
        double anon = 0, doubleMapped = 0, assemblies = 0, native = 0, other = 0;
        var path = string.Empty;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
            {
                if (IsHeader(line))
                {
                    var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                    path = parts.Length >= 6 ? parts[5].Trim() : string.Empty;
                    continue;
                }

                if (!line.StartsWith("Rss:", StringComparison.Ordinal))
                {
                    continue;
                }

                var kib = double.Parse(line[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
                if (path.Contains("doublemapper", StringComparison.Ordinal))
                {
                    doubleMapped += kib;
                }
                else if (path.Length == 0 || path.StartsWith('['))
                {
                    anon += kib;
                }
                else if (path.EndsWith(".dll", StringComparison.Ordinal))
                {
                    assemblies += kib;
                }
                else if (path.Contains(".so", StringComparison.Ordinal))
                {
                    native += kib;
                }
                else
                {
                    other += kib;
                }
            }
        }
        catch (IOException)
        {
            return new MemoryMap(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new MemoryMap(anon, doubleMapped, assemblies, native, other);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"RSS by mapping: anonymous {AnonymousMiB:0} MiB, JIT code/stubs/loader heaps (doublemapper) {DoubleMappedMiB:0} MiB, assemblies {AssembliesMiB:0} MiB, native libraries {NativeLibrariesMiB:0} MiB, other files {OtherFileMiB:0} MiB");

    /// <summary>A mapping line: "start-end perms offset dev inode [path]".</summary>
    private static bool IsHeader(string line)
    {
        var dash = line.IndexOf('-', StringComparison.Ordinal);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return dash > 0 && space > dash && line[..dash].All(char.IsAsciiHexDigit);
    }
}
