using Dashboard.Bench.Harness;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 4: what the dashboard costs the API server and GitHub while nobody acts. Measured inside the event
/// session, with its pages still open, so the 50 open circuits are real.
/// </summary>
public sealed class CostMeasurement(BenchContext context, BenchWorld world)
{
    private const string Scenario = "4 cost";
    private double _gitHubWindowStart = double.NaN;

    public void StartGitHubWindow()
    {
        world.World.GitHub.Requests.Clear();
        _gitHubWindowStart = Clock.NowMs();
    }

    public async Task MeasureIdleAsync(int pages, int openWatchesNoPages, string gitPollSeconds)
    {
        var kubernetes = world.Kubernetes;
        var watchPaths = kubernetes.Requests.All.Where(r => r.IsWatch).Select(r => r.Path).Distinct(StringComparer.Ordinal).Count();
        kubernetes.Requests.Reset();
        var window = context.Size(10.0, 60.0);
        var started = Clock.NowMs();
        await Task.Delay(TimeSpan.FromSeconds(window), context.CancellationToken);
        var minutes = (Clock.NowMs() - started) / 60_000;
        var all = kubernetes.Requests.All;
        var nonWatch = all.Count(r => !r.IsWatch);
        var openWatches = kubernetes.Faults.OpenWatchCount - 1; // less the bench's raw watch
        var note = $"idle window {window:0} s with {pages} open pages; {all.Count(r => r.IsWatch)} watch (re)starts in the window";
        context.Add(Scenario, $"API non-watch requests per minute, idle, {pages} pages", nonWatch / minutes, "req/min", "goal: 0 (watches only)", null,
            "watches only, no polling", nonWatch == 0, note);
        context.Add(Scenario, $"open watches with {pages} pages", openWatches, "watches", "open watches with 1 page", openWatchesNoPages,
            "one watch per kind, independent of pages", openWatches == openWatchesNoPages && openWatches <= watchPaths,
            $"{watchPaths} distinct watched collections since start");

        var hours = (Clock.NowMs() - _gitHubWindowStart) / 3_600_000;
        var requests = world.World.GitHub.Requests.Snapshot();
        var notModified = requests.Count(r => r.Status == 304);
        var other = requests.Count - notModified;
        var gitNote = $"window {hours * 60:0.0} min at Dashboard:Git:PollIntervalSeconds={gitPollSeconds}, from the first open page (after the start-up fill); "
            + $"{requests.Count} requests, {notModified} answered 304; non-304: {string.Join(", ", requests.Where(r => r.Status != 304).GroupBy(r => $"{r.Method} {Shorten(r.Path)} {r.Status}").Select(g => $"{g.Key} x{g.Count()}").Take(6))}";
        context.Add(Scenario, "GitHub requests per hour, idle (extrapolated)", requests.Count / hours, "req/h", "of which answered 304 per hour", notModified / hours,
            "only conditional requests answered 304", other == 0, gitNote);
    }

    private static string Shorten(string path) => path.Length > 60 ? path[..60] + "..." : path;
}
