namespace Dashboard.Bench.Harness;

/// <summary>
/// The script every bench page runs before the app's own: a MutationObserver that stamps, on the wall clock
/// (performance.timeOrigin + performance.now()), when each app row first shows a message and when a row goes.
/// Render batches are stamped by <see cref="Dashboard.Testing.RenderBatchArrivals.Script"/>, added next to it.
/// </summary>
public static class PageObserver
{
    public const string Script = """
        (() => {
          const b = window.__bench = { seen: {}, gone: {}, present: {}, counts: {}, callbacks: 0, scan: true };
          const now = () => performance.timeOrigin + performance.now();
          const scan = () => {
            b.callbacks++;
            const t = now();
            const count = document.querySelector('[data-testid=app-count]');
            if (count) { const text = count.textContent.trim(); if (!(text in b.counts)) b.counts[text] = t; }
            if (!b.scan) return;
            const current = {};
            for (const r of document.querySelectorAll('[data-testid=app-row]')) {
              const app = r.getAttribute('data-app');
              const cell = r.querySelector('.cell-message');
              const msg = cell ? cell.textContent.trim() : '';
              current[app] = true;
              const k = app + '|' + msg;
              if (!(k in b.seen)) b.seen[k] = t;
              delete b.gone[app];
            }
            for (const app in b.present) if (!(app in current) && !(app in b.gone)) b.gone[app] = t;
            b.present = current;
          };
          new MutationObserver(scan).observe(document, { subtree: true, childList: true, characterData: true, attributes: false });
        })();
        """;

    /// <summary>The rows the page shows right now: app name → (health chip texts, message).</summary>
    public const string ReadRows = """
        () => Array.from(document.querySelectorAll('[data-testid=app-row]')).map(r => ({
          app: r.getAttribute('data-app'),
          text: r.textContent,
          message: (r.querySelector('.cell-message')?.textContent || '').trim()
        }))
        """;
}
