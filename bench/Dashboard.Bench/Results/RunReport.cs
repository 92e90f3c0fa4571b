namespace Dashboard.Bench.Results;

/// <summary>Everything one run measured; the scenarios add to it, the writer turns it into results.md and results.json.</summary>
public sealed class RunReport
{
    private readonly Lock _gate = new();

    public List<Figure> Figures { get; } = [];

    public List<NotMeasured> Gaps { get; } = [];

    /// <summary>Missed goals: what limits it and an issue-sized plan.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Lines about the machine and its load during the run.</summary>
    public List<string> Environment { get; } = [];

    public string Command { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public TimeSpan Duration { get; set; }

    public bool Short { get; set; }

    public void Add(Figure figure)
    {
        lock (_gate)
        {
            Figures.Add(figure);
        }

        Console.WriteLine($"  {figure.Scenario} | {figure.Name}: {Format(figure.Value)} {figure.Unit} (baseline {figure.BaselineName}: {(figure.Baseline is { } b ? Format(b) : "-")}, ratio {(figure.Ratio is { } r ? r.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "-")})");
    }

    public void Gap(string scenario, string what, string why)
    {
        lock (_gate)
        {
            Gaps.Add(new NotMeasured(scenario, what, why));
        }

        Console.WriteLine($"  {scenario} | NOT MEASURED {what}: {why}");
    }

    public static string Format(double value) =>
        double.IsNaN(value) ? "n/a"
        : Math.Abs(value) >= 100 ? value.ToString("0", System.Globalization.CultureInfo.InvariantCulture)
        : value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
