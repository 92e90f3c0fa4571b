using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model.Status;

namespace Dashboard.Web.Endpoints;

/// <summary><c>GET /status</c>: the phone's one-screen answer, plain HTML from the current snapshot (no circuit, no script).</summary>
public static class StatusPageEndpoints
{
    public const string Path = "/status";

    public static IEndpointRouteBuilder MapStatusPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, IClusterStore store, ProblemFinder finder, TimeProvider time) =>
        {
            var model = StatusPageModel.From(store.Current, finder, time.GetUtcNow());
            // Always the current data: never from a cache, not even the browser's back button.
            context.Response.Headers.CacheControl = "no-store";
            return Results.Content(StatusPageRenderer.Render(model), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
