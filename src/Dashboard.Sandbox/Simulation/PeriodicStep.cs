namespace Dashboard.Sandbox.Simulation;

/// <summary>Runs a step every period on a TimeProvider until stopped; shared by the sandbox's simulators.</summary>
internal sealed class PeriodicStep
{
    private CancellationTokenSource? _stopping;
    private Task _loop = Task.CompletedTask;

    public void Start(TimeSpan period, TimeProvider time, Action step)
    {
        _stopping = new CancellationTokenSource();
        var token = _stopping.Token;
        _loop = Task.Run(async () =>
        {
            while (!token.IsCancellationRequested)
            {
                await Task.Delay(period, time, token).ConfigureAwait(false);
                step();
            }
        }, token);
    }

    public async Task StopAsync()
    {
        if (_stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the next step.
        }

        _stopping.Dispose();
        _stopping = null;
    }
}
