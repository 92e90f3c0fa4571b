using System.Text.RegularExpressions;
using Dashboard.Bench.Harness;
using Microsoft.Playwright;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// Scenario 5, phone sleep: an Apps page goes offline and its Blazor WebSocket is cut (as a sleeping phone's radio
/// does), the server drops the circuit meanwhile (retention shortened to 2 s in this app, see
/// <see cref="CircuitRetentionStartup"/>), and the bench changes the app. Then the page comes back online and visible;
/// the figure is the time from waking until the page shows the changed value. Baseline: an ordinary change to
/// screen on the same page just before it slept.
/// </summary>
public sealed class PhoneSleepMeasurement(BenchContext context, BrowserSession browser)
{
    private const string Scenario = "5 faults";
    private const int RetentionSeconds = 2;
    private static readonly Regex BlazorSocket = new("/_blazor", RegexOptions.Compiled);

    public async Task RunAsync()
    {
        var ct = context.CancellationToken;
        await using var world = await BenchWorld.StartAsync(20, 0, 0, plainMessages: true, ct);
        await using var app = await context.StartAppAsync(world, new Dictionary<string, string>
        {
            ["ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"] = typeof(CircuitRetentionStartup).Assembly.GetName().Name!,
            [CircuitRetentionStartup.Variable] = RetentionSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The circuit registry says at Debug when it evicts a disconnected circuit: the proof that the circuit was lost.
            ["Logging__LogLevel__Microsoft.AspNetCore.Components.Server.Circuits.CircuitRegistry"] = "Debug",
        });
        var (ns, name) = world.GeneratedApps[0];
        var browserContext = await browser.NewContextAsync();
        var page = await browserContext.NewPageAsync();
        var bench = new BenchPage(page);
        var asleep = false;
        var sockets = new List<IWebSocketRoute>();
        // Every Blazor WebSocket goes through this route, so the bench can cut it like a sleeping phone's radio.
        await page.RouteWebSocketAsync(BlazorSocket, socket =>
        {
            if (asleep)
            {
                _ = socket.CloseAsync();
                return;
            }

            // Both ends are kept: closing only the page's end would leave the server's connection open until its
            // 30-s client timeout, and the server would not see the phone go.
            var server = socket.ConnectToServer();
            lock (sockets)
            {
                sockets.Add(server);
                sockets.Add(socket);
            }
        });
        await page.GotoAsync(new Uri(app.Address, $"apps?q={name}").ToString(), new PageGotoOptions { Timeout = 60_000 });
        if (double.IsNaN(await SeenAtAsync(bench, name, "seed", 60_000)))
        {
            throw new TimeoutException($"The Apps page did not show {name} within 60 s.");
        }

        var t0 = Clock.NowMs();
        world.SetHealth(ns, name, "Healthy", "base");
        var baseline = await SeenAtAsync(bench, name, "base", 15_000) - t0;
        var documentBefore = await page.EvaluateAsync<double>("() => performance.timeOrigin");

        asleep = true;
        await browserContext.SetOfflineAsync(true);
        List<IWebSocketRoute> open;
        lock (sockets)
        {
            open = [.. sockets];
        }

        foreach (var socket in open)
        {
            await socket.CloseAsync();
        }

        var asleepAt = Clock.NowMs();
        world.SetHealth(ns, name, "Degraded", "woke");
        // Asleep until the server has dropped the circuit (its log says so), and a second more.
        await Task.Delay(TimeSpan.FromSeconds(RetentionSeconds), ct);
        var eviction = await EvictedAsync(app, 45_000);
        var evicted = eviction is not null;
        await Task.Delay(1000, ct);
        var sleep = TimeSpan.FromMilliseconds(Clock.NowMs() - asleepAt);

        var wake = Clock.NowMs();
        asleep = false;
        await browserContext.SetOfflineAsync(false);
        await page.EvaluateAsync("() => { document.dispatchEvent(new Event('visibilitychange')); window.dispatchEvent(new Event('online')); }");
        var shown = await SeenAtAsync(bench, name, "woke", 30_000);
        var value = shown - wake;
        var reloaded = await DocumentChangedAsync(page, documentBefore);
        context.Add(Scenario, "phone sleep: wake to current data (circuit dropped while asleep)", value, "ms",
            "ordinary change to screen, same page, just before sleeping", baseline, "under 5 s, after the circuit was lost", !double.IsNaN(value) && value < 5000 && evicted,
            double.IsNaN(value)
                ? "the page did NOT show the change within 30 s of waking"
                : $"asleep {sleep.TotalSeconds:0} s with a {RetentionSeconds} s circuit retention; {(evicted ? $"the server evicted the circuit while the page slept (log: {eviction})" : "the server did NOT evict the circuit (not a lost circuit)")}; "
                  + (reloaded ? "the page reloaded" : "the page kept its document (the dropped circuit was resumed from persisted state, or reconnected)"));
    }

    /// <summary>Waits (bounded) until the app's circuit registry logged that it evicted a disconnected circuit.</summary>
    private static async Task<string?> EvictedAsync(AppProcess app, int timeoutMs)
    {
        var started = Clock.NowMs();
        while (Clock.NowMs() - started < timeoutMs)
        {
            if (app.Output.Split('\n').FirstOrDefault(l => l.Contains("evicted", StringComparison.OrdinalIgnoreCase)) is { } line)
            {
                return line.Trim();
            }

            await Task.Delay(100);
        }

        return null;
    }

    private static async Task<bool> DocumentChangedAsync(IPage page, double documentBefore)
    {
        try
        {
            return Math.Abs(await page.EvaluateAsync<double>("() => performance.timeOrigin") - documentBefore) > 0.5;
        }
        catch (PlaywrightException)
        {
            return true;
        }
    }

    /// <summary>Browser wall-clock ms when the page first showed <paramref name="message"/> for the app; NaN on timeout. Survives a reload.</summary>
    private static async Task<double> SeenAtAsync(BenchPage bench, string app, string message, int timeoutMs)
    {
        var started = Clock.NowMs();
        while (Clock.NowMs() - started < timeoutMs)
        {
            try
            {
                var seen = await bench.SeenAtAsync(app, message);
                if (!double.IsNaN(seen))
                {
                    return seen;
                }
            }
            catch (PlaywrightException)
            {
                // The page is navigating (a reload after the circuit was dropped); ask the new document.
            }

            await Task.Delay(50);
        }

        return double.NaN;
    }
}
