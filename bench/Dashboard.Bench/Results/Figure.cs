namespace Dashboard.Bench.Results;

/// <summary>
/// One measured figure with the baseline measured in the same run (the machine is shared and noisy, so only
/// the ratio is comparable between runs). <see cref="Ratio"/> is Value / Baseline.
/// </summary>
public sealed record Figure(
    string Scenario,
    string Name,
    double Value,
    string Unit,
    string BaselineName,
    double? Baseline,
    string? Goal = null,
    bool? GoalMet = null,
    string? Note = null)
{
    public double? Ratio => Baseline is { } b && b != 0 && !double.IsNaN(Value) ? Value / b : null;
}
