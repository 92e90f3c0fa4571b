namespace Dashboard.Bench.Harness;

/// <summary>An app row as the browser shows it.</summary>
public sealed record PageRow(string App, string Text, string Message);
