using Dashboard.Bench;

// Issue 6: micro-benchmarks and scenarios against the real dashboard, emulators and Chromium; see bench/results.md.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

return await BenchRunner.RunAsync(options, args);
