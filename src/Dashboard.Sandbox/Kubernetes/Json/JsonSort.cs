using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Json;

/// <summary>
/// Deep copies with object keys in ordinal order at every level: kube-apiserver serializes custom resources
/// from unstructured maps, so clients see alphabetical keys (kube-wire README rule 5).
/// </summary>
internal static class JsonSort
{
    public static JsonObject SortedObject(JsonObject source) => (JsonObject)Sorted(source)!;

    public static JsonNode? Sorted(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => SortObject(obj),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        // Leaves are re-parsed so numbers read back as any numeric type, whatever created them (YAML long, C# int).
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    private static JsonObject SortObject(JsonObject obj)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result[key] = Sorted(value);
        }

        return result;
    }
}
