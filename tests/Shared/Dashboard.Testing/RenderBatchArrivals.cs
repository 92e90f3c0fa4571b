namespace Dashboard.Testing;

/// <summary>
/// Blazor render batches counted where a page receives them (issue 6's flood goal), shared by the browser tests and the
/// bench: a script that stamps each <c>JS.RenderBatch</c> message on the page's wall clock, and the most batches that
/// fall in any sliding 1-s window of those stamps.
/// </summary>
public static class RenderBatchArrivals
{
    /// <summary>
    /// Init script: wraps <c>WebSocket</c> so every <c>JS.RenderBatch</c> message pushes
    /// <c>performance.timeOrigin + performance.now()</c> onto <c>window.__renderBatches</c>. A WebSocket frame may carry
    /// several SignalR messages, so the marker is counted, not the frame.
    /// </summary>
    public const string Script = """
        (() => {
          window.__renderBatches = [];
          const marker = Array.from('JS.RenderBatch', c => c.charCodeAt(0));
          const count = data => {
            if (typeof data === 'string') return data.split('JS.RenderBatch').length - 1;
            const bytes = new Uint8Array(data);
            let n = 0;
            outer: for (let i = 0; i + marker.length <= bytes.length; i++) {
              for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer;
              n++;
            }
            return n;
          };
          const Native = window.WebSocket;
          window.WebSocket = class extends Native {
            constructor(...args) {
              super(...args);
              this.addEventListener('message', e => {
                if (!(typeof e.data === 'string' || e.data instanceof ArrayBuffer)) return;
                const t = performance.timeOrigin + performance.now();
                for (let n = count(e.data); n > 0; n--) window.__renderBatches.push(t);
              });
            }
          };
        })();
        """;

    /// <summary>JavaScript expression for the stamps so far (wall-clock ms).</summary>
    public const string Read = "() => window.__renderBatches";

    /// <summary>The most stamps within any 1-s window; sliding, so no window boundary can split a bunch. Input sorted.</summary>
    public static int MaxInAnySecond(IReadOnlyList<double> sortedArrivals)
    {
        ArgumentNullException.ThrowIfNull(sortedArrivals);
        var most = 0;
        for (int first = 0, last = 0; last < sortedArrivals.Count; last++)
        {
            while (sortedArrivals[last] - sortedArrivals[first] >= 1000)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }
}
