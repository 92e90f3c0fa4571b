namespace Dashboard.Bench.Results;

/// <summary>A figure the run did not produce, with the reason; written to results.md instead of a made-up number.</summary>
public sealed record NotMeasured(string Scenario, string What, string Why);
