using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes.Json;
using Dashboard.Sandbox.Kubernetes.Store;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>
/// Serves <c>?watch=1</c>: chunked JSON lines, one event per chunk flushed at once, BOOKMARKs when asked for,
/// a clean end at timeoutSeconds, and one ERROR event (HTTP 200) for a too-old RV (kube-wire rules 16-21).
/// </summary>
internal sealed class WatchStreamer(KubernetesEmulatorOptions options, EmulatorFaults faults)
{
    public async Task RunAsync(HttpContext context, ResourceType type, WatchStart start, bool bookmarks, int timeoutSeconds, bool asTable)
    {
        var aborted = context.RequestAborted;
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        faults.TrackWatch(context);
        try
        {
            if (start.Error is not null)
            {
                await WriteLineAsync(context, Line("ERROR", Encoding.UTF8.GetBytes(start.Error.ToJsonString(WireJson.Compact))), aborted);
                return;
            }

            using var watcher = start.Watcher!;
            var lastRv = start.ResourceVersion;
            await context.Response.StartAsync(aborted);
            await context.Response.Body.FlushAsync(aborted);
            foreach (var initial in start.Initial)
            {
                await faults.WhileStalledAsync(aborted);
                await WriteEventAsync(context, type, initial, asTable, aborted);
                lastRv = Math.Max(lastRv, initial.ResourceVersion);
            }

            var clock = TimeProvider.System;
            var began = clock.GetUtcNow();
            var timeout = timeoutSeconds > 0 ? TimeSpan.FromSeconds(timeoutSeconds) : options.DefaultWatchTimeout;
            var deadline = began + timeout;
            var nextBookmark = bookmarks ? began + options.BookmarkInterval : DateTimeOffset.MaxValue;
            var finalBookmark = bookmarks && timeout > options.BookmarkBeforeTimeout * 2 ? deadline - options.BookmarkBeforeTimeout : DateTimeOffset.MaxValue;
            Task<bool>? waitForEvent = null;
            while (true)
            {
                await faults.WhileStalledAsync(aborted);
                while (watcher.Events.TryRead(out var next))
                {
                    await faults.WhileStalledAsync(aborted);
                    await WriteEventAsync(context, type, next, asTable, aborted);
                    lastRv = Math.Max(lastRv, next.ResourceVersion);
                }

                var now = clock.GetUtcNow();
                if (now >= deadline)
                {
                    return;
                }

                if (now >= nextBookmark || now >= finalBookmark)
                {
                    await WriteLineAsync(context, Bookmark(type, lastRv), aborted);
                    nextBookmark = now + options.BookmarkInterval;
                    finalBookmark = now >= finalBookmark ? DateTimeOffset.MaxValue : finalBookmark;
                }

                var wake = new[] { deadline, nextBookmark, finalBookmark }.Min() - now;
                waitForEvent ??= watcher.Events.WaitToReadAsync(aborted).AsTask();
                var completed = await Task.WhenAny(waitForEvent, Task.Delay(wake < TimeSpan.Zero ? TimeSpan.Zero : wake, aborted));
                if (completed == waitForEvent)
                {
                    if (!await waitForEvent)
                    {
                        return;
                    }

                    waitForEvent = null;
                }
                else
                {
                    aborted.ThrowIfCancellationRequested();
                }
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away or the fault hook dropped the connection.
        }
        catch (IOException)
        {
            // Connection reset while writing.
        }
        finally
        {
            faults.UntrackWatch(context);
        }
    }

    private static Task WriteEventAsync(HttpContext context, ResourceType type, StoreEvent storeEvent, bool asTable, CancellationToken cancellationToken)
    {
        var kind = storeEvent.Type switch
        {
            WatchEventType.Added => "ADDED",
            WatchEventType.Modified => "MODIFIED",
            _ => "DELETED",
        };
        var body = asTable
            ? Encoding.UTF8.GetBytes(TableBuilder.Build(type, [storeEvent.Object], null, null, TimeProvider.System.GetUtcNow()).ToJsonString(WireJson.Compact))
            : storeEvent.Object.Json;
        return WriteLineAsync(context, Line(kind, body), cancellationToken);
    }

    private static byte[] Bookmark(ResourceType type, long resourceVersion)
    {
        var body = new JsonObject
        {
            ["apiVersion"] = type.ApiVersion,
            ["kind"] = type.Kind,
            ["metadata"] = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) },
        };
        return Line("BOOKMARK", Encoding.UTF8.GetBytes(body.ToJsonString(WireJson.Compact)));
    }

    private static byte[] Line(string type, byte[] objectJson)
    {
        var head = Encoding.UTF8.GetBytes($"{{\"type\":\"{type}\",\"object\":");
        var line = new byte[head.Length + objectJson.Length + 2];
        head.CopyTo(line, 0);
        objectJson.CopyTo(line, head.Length);
        line[^2] = (byte)'}';
        line[^1] = (byte)'\n';
        return line;
    }

    /// <summary>One write plus flush per event: each event is its own HTTP chunk, sent at once.</summary>
    private static async Task WriteLineAsync(HttpContext context, byte[] line, CancellationToken cancellationToken)
    {
        await context.Response.Body.WriteAsync(line, cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }
}
