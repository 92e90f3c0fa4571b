namespace Dashboard.Web.Model;

/// <summary>
/// The loop of a page that re-reads SQLite on a timer (Activity, Notifications): wait, refresh, until the page stops it.
/// The database has no change feed, so these pages poll their own query; cluster data never goes through this.
/// </summary>
public static class PeriodicRefresh
{
    /// <summary>Runs <paramref name="refresh"/> every <paramref name="interval"/> until <paramref name="cancellationToken"/> fires or the circuit is gone.</summary>
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, Func<Task> refresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, cancellationToken);
                await refresh();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between two refreshes.
        }
    }
}
