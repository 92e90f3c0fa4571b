using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Endpoints;

public static class StatusApiEndpoints
{
    /// <summary>camelCase, enums as strings, no nulls: stable and small for scripts.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/status", (IClusterStore store, ProblemFinder finder, IConnectedClusters clusters) =>
        {
            var snapshot = store.Current;
            var document = StatusDocument.From(snapshot, finder.Evaluate(snapshot), clusters.Clusters);
            return Results.Json(document, JsonOptions);
        }).WithName("status");
        return endpoints;
    }
}
