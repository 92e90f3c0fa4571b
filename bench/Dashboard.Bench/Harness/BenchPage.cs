using Dashboard.Testing;
using System.Text;
using Microsoft.Playwright;

namespace Dashboard.Bench.Harness;

/// <summary>One open dashboard page and the Blazor render batches its circuit received (counted on the WebSocket).</summary>
public sealed class BenchPage
{
    private static readonly byte[] RenderBatchMarker = Encoding.UTF8.GetBytes("JS.RenderBatch");
    private long _renderBatches;

    public BenchPage(IPage page)
    {
        Page = page;
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            var isBatch = frame.Binary is { } bytes
                ? bytes.AsSpan().IndexOf(RenderBatchMarker) >= 0
                : frame.Text?.Contains("JS.RenderBatch", StringComparison.Ordinal) == true;
            if (isBatch)
            {
                Interlocked.Increment(ref _renderBatches);
                if (FirstBatchAt is null)
                {
                    FirstBatchBytes = frame.Binary?.Length ?? Encoding.UTF8.GetByteCount(frame.Text ?? "");
                    FirstBatchAt = Clock.NowMs();
                }
            }
        };
    }

    public IPage Page { get; }

    public long RenderBatches => Interlocked.Read(ref _renderBatches);

    /// <summary>Wall-clock ms of the first render batch: the circuit is up and the page interactive.</summary>
    public double? FirstBatchAt { get; private set; }

    /// <summary>Browser wall-clock ms at which each render batch reached the page's JavaScript, in arrival order.</summary>
    public async Task<double[]> BatchArrivalsAsync() =>
        await Page.EvaluateAsync<double[]>(RenderBatchArrivals.Read);

    /// <summary>Size of the first render batch's WebSocket frame: what the circuit's first render sends.</summary>
    public int? FirstBatchBytes { get; private set; }

    public async Task<double> SeenAtAsync(string app, string message) =>
        await Page.EvaluateAsync<double?>("([a, m]) => window.__bench.seen[a + '|' + m] ?? null", new object[] { app, message }) ?? double.NaN;

    /// <summary>Browser wall-clock ms when the app count first read <paramref name="text"/>.</summary>
    public async Task<double> CountShownAtAsync(string text) =>
        await Page.EvaluateAsync<double?>("t => window.__bench.counts[t] ?? null", text) ?? double.NaN;

    public async Task<Dictionary<string, double>> SeenAsync() =>
        await Page.EvaluateAsync<Dictionary<string, double>>("() => window.__bench.seen");

    public async Task<double> GoneAtAsync(string app) =>
        await Page.EvaluateAsync<double?>("a => window.__bench.gone[a] ?? null", app) ?? double.NaN;

    public async Task<IReadOnlyList<PageRow>> RowsAsync()
    {
        var rows = await Page.EvaluateAsync<System.Text.Json.JsonElement>(PageObserver.ReadRows);
        return rows.EnumerateArray()
            .Select(r => new PageRow(r.GetProperty("app").GetString() ?? "", r.GetProperty("text").GetString() ?? "", r.GetProperty("message").GetString() ?? ""))
            .ToList();
    }
}
