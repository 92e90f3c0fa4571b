using Dashboard.Testing;

namespace Dashboard.Bench.Harness;

/// <summary>
/// Render-batch arrivals of one page (browser clock, ms) summarized: the most batches in any 1-s window (sliding, so
/// no window boundary can hide a bunch), the mean per second, and how many batches arrive together per burst.
/// </summary>
public sealed record BatchWindows(int MaxInAnySecond, double MeanPerSecond, double MeanPerBurst, int MaxPerBurst, int Batches)
{
    /// <summary>Batches closer than this belong to one burst (one server flush plus whatever it set off).</summary>
    public static readonly double BurstGapMs = 60;

    public static BatchWindows From(IReadOnlyList<double> arrivals, double fromMs, double toMs)
    {
        var inRange = arrivals.Where(t => t >= fromMs && t < toMs).Order().ToArray();
        var max = RenderBatchArrivals.MaxInAnySecond(inRange);
        var bursts = new List<int>();
        for (var i = 0; i < inRange.Length; i++)
        {
            if (i == 0 || inRange[i] - inRange[i - 1] >= BurstGapMs)
            {
                bursts.Add(0);
            }

            bursts[^1]++;
        }

        var seconds = Math.Max((toMs - fromMs) / 1000, 1e-9);
        return new BatchWindows(max, inRange.Length / seconds, bursts.Count == 0 ? 0 : bursts.Average(), bursts.DefaultIfEmpty(0).Max(), inRange.Length);
    }
}
