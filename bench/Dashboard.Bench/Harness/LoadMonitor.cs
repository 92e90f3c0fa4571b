using System.Globalization;

namespace Dashboard.Bench.Harness;

/// <summary>Samples the machine's 1-minute load average during the run, so results.md can say how noisy it was.</summary>
public sealed class LoadMonitor : IAsyncDisposable
{
    private readonly List<double> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoadMonitor() => _loop = LoopAsync(_stop.Token);

    public static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    public (double Min, double Mean, double Max) Summary()
    {
        lock (_samples)
        {
            return _samples.Count == 0 ? (double.NaN, double.NaN, double.NaN) : (_samples.Min(), _samples.Average(), _samples.Max());
        }
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var load = LoadAverage();
                lock (_samples)
                {
                    _samples.Add(load);
                }

                await Task.Delay(5000, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
