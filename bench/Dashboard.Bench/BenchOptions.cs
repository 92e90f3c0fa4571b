namespace Dashboard.Bench;

/// <summary>
/// Command line: <c>[--short] [--scenario name[,name]] [--soak-minutes N] [--out folder] [--scale-sizes N[,N]|none]
/// [--gc-variants text[,text]|none] [--app path/Dashboard.Web.dll] [--micro-classes Name[,Name]]</c>. The scale options
/// narrow the scale scenario while iterating: the app sizes measured (memory then with 1 and 3 pages only; none: only
/// the GC loop) and the GC/runtime variants run (by a case-insensitive part of their name; the shipped default always
/// runs first as the baseline). <c>--app</c> measures another publish of the dashboard (e.g. ReadyToRun) instead of
/// publishing the bench's own build; <c>--micro-classes</c> runs only those BenchmarkDotNet classes.
/// </summary>
public sealed record BenchOptions(bool Short, IReadOnlySet<string> Scenarios, double SoakMinutes, string? OutputDirectory,
    IReadOnlyList<int>? ScaleSizes = null, IReadOnlyList<string>? GcVariants = null, string? AppDll = null)
{
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
        List<string>? gcVariants = null;
        string? appDll = null;
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
                    scaleSizes = [.. ListOf(args[++i]).Select(n => int.TryParse(n, System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0 ? size
                        : throw new ArgumentException($"--scale-sizes: '{n}' is not a positive number of apps."))];
                    break;
                case "--gc-variants" when i + 1 < args.Length:
                    gcVariants = ListOf(args[++i]);
                    break;
                case "--app" when i + 1 < args.Length:
                    appDll = Path.GetFullPath(args[++i]);
                    break;
                case "--micro-classes" when i + 1 < args.Length:
                    microClasses = new HashSet<string>(ListOf(args[++i]), StringComparer.OrdinalIgnoreCase);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [--short] [--scenario {string.Join("|", AllScenarios)}] [--soak-minutes N] [--out folder] [--scale-sizes N,N|none] [--gc-variants text,text|none] [--app path/Dashboard.Web.dll] [--micro-classes Name,Name]");
            }
        }

        if (scenarios.Count == 0)
        {
            scenarios.UnionWith(AllScenarios);
        }

        return new BenchOptions(isShort, scenarios, isShort ? 20.0 / 60 : soak, output, scaleSizes, gcVariants, appDll) { MicroClasses = microClasses };
    }

    private static List<string> ListOf(string value) =>
        value.Equals("none", StringComparison.OrdinalIgnoreCase)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
