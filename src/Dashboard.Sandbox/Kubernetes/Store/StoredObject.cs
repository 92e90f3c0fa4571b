using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>
/// One stored version of an object: never mutated after creation, so readers can share it without locks.
/// <see cref="Json"/> is its compact serialization (sorted keys), written as-is into lists and watch events.
/// </summary>
internal sealed class StoredObject
{
    public StoredObject(JsonObject value)
    {
        Value = value;
        Json = System.Text.Encoding.UTF8.GetBytes(value.ToJsonString(Kubernetes.Json.WireJson.Compact));
        Metadata = value["metadata"] as JsonObject ?? [];
        Namespace = Metadata["namespace"]?.GetValue<string>() ?? string.Empty;
        Name = Metadata["name"]?.GetValue<string>() ?? string.Empty;
        ResourceVersion = long.Parse(Metadata["resourceVersion"]?.GetValue<string>() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public JsonObject Value { get; }

    public byte[] Json { get; }

    public JsonObject Metadata { get; }

    public string Namespace { get; }

    public string Name { get; }

    public long ResourceVersion { get; }

    public string Key => Namespace + "/" + Name;

    public string? Label(string key) => Metadata["labels"]?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public bool HasLabel(string key) => Metadata["labels"] is JsonObject labels && labels.ContainsKey(key);

    /// <summary>A fresh, mutable copy for callers.</summary>
    public JsonObject Copy() => (JsonObject)JsonNode.Parse(Json)!;
}
