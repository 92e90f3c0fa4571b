using System.Diagnostics;

namespace Dashboard.Bench.Harness;

/// <summary>
/// The shared clock of t0, t1 and t2: Unix milliseconds with sub-millisecond resolution, anchored once to the wall
/// clock and advanced by the monotonic Stopwatch, like the browser's performance.timeOrigin + performance.now().
/// </summary>
public static class Clock
{
    private static readonly double AnchorMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    private static readonly long AnchorTicks = Stopwatch.GetTimestamp();

    public static double NowMs() => AnchorMs + Stopwatch.GetElapsedTime(AnchorTicks).TotalMilliseconds;
}
