namespace Dashboard.Bench;

/// <summary>
/// Command line: <c>[--short] [--scenario name[,name]] [--soak-minutes N] [--out folder] [--scale-sizes N[,N]] [--micro-classes Name[,Name]]</c>.
/// </summary>
public sealed record BenchOptions(bool Short, IReadOnlySet<string> Scenarios, double SoakMinutes, string? OutputDirectory)
{
    /// <summary>Only these app counts in the scale scenario, memory with 1 and 3 pages only, no GC-settings loop; null runs the scenario's own sizes.</summary>
    public IReadOnlyList<int>? ScaleSizes { get; init; }

    /// <summary>Only these BenchmarkDotNet classes (by type name) in the micro scenario; null runs them all.</summary>
    public IReadOnlySet<string>? MicroClasses { get; init; }

    public static readonly string[] AllScenarios = ["micro", "event", "flood", "scale", "faults", "soak"];

    public static BenchOptions Parse(string[] args)
    {
        var isShort = false;
        var scenarios = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var soak = 30.0;
        string? output = null;
        List<int>? scaleSizes = null;
        HashSet<string>? microClasses = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--short":
                    isShort = true;
                    break;
                case "--scenario" when i + 1 < args.Length:
                    foreach (var name in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        // Cost is measured in the event session (50 idle pages), GC settings in the scale session.
                        var canonical = name.ToLowerInvariant() switch { "cost" => "event", "gc" => "scale", var n => n };
                        if (!AllScenarios.Contains(canonical))
                        {
                            throw new ArgumentException($"Unknown scenario '{name}'; known: {string.Join(", ", AllScenarios)}, cost, gc.");
                        }

                        scenarios.Add(canonical);
                    }

                    break;
                case "--soak-minutes" when i + 1 < args.Length:
                    soak = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--scale-sizes" when i + 1 < args.Length:
                    scaleSizes = [.. Split(args[++i]).Select(n => int.TryParse(n, out var size) && size > 0 ? size
                        : throw new ArgumentException($"--scale-sizes: '{n}' is not a positive number of apps."))];
                    break;
                case "--micro-classes" when i + 1 < args.Length:
                    microClasses = new HashSet<string>(Split(args[++i]), StringComparer.OrdinalIgnoreCase);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [--short] [--scenario {string.Join("|", AllScenarios)}] [--soak-minutes N] [--out folder] [--scale-sizes N[,N]] [--micro-classes Name[,Name]]");
            }
        }

        if (scenarios.Count == 0)
        {
            scenarios.UnionWith(AllScenarios);
        }

        return new BenchOptions(isShort, scenarios, isShort ? 20.0 / 60 : soak, output) { ScaleSizes = scaleSizes, MicroClasses = microClasses };
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
