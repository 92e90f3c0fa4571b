using System.Text.Json;

namespace Dashboard.Kubernetes.Watching;

/// <summary>Reads metadata fields from a raw object without trusting its shape.</summary>
internal static class ObjectMetadata
{
    public static string? Name(JsonElement item) => Read(item, "name");
    public static string Namespace(JsonElement item) => Read(item, "namespace") ?? "";
    public static string? ResourceVersion(JsonElement item) => Read(item, "resourceVersion");

    private static string? Read(JsonElement item, string field) =>
        item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty("metadata", out var metadata)
        && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty(field, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
