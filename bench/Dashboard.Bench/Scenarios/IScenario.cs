namespace Dashboard.Bench.Scenarios;

/// <summary>One scenario of issue 6; it adds its figures (or named gaps) to the context's report.</summary>
public interface IScenario
{
    string Name { get; }

    Task RunAsync(BenchContext context);
}
