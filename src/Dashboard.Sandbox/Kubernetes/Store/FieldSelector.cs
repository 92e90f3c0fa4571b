using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>
/// Field selectors: <c>metadata.name</c> and <c>metadata.namespace</c> everywhere (as for custom resources),
/// plus the few extra fields the real server indexes for Events and Pods; anything else is 400.
/// </summary>
internal sealed class FieldSelector
{
    private static readonly Dictionary<string, string[]> ExtraFields = new(StringComparer.Ordinal)
    {
        ["events"] = ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "reason", "type", "source"],
        ["pods"] = ["spec.nodeName", "status.phase"],
        ["secrets"] = ["type"],
    };

    private readonly List<Func<StoredObject, bool>> _terms = [];

    public static FieldSelector Parse(string? text, ResourceType type)
    {
        var selector = new FieldSelector();
        if (string.IsNullOrWhiteSpace(text))
        {
            return selector;
        }

        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var negate = raw.Contains("!=", StringComparison.Ordinal);
            var parts = raw.Split(negate ? "!=" : raw.Contains("==", StringComparison.Ordinal) ? "==" : "=", 2, StringSplitOptions.TrimEntries);
            var field = parts[0];
            var value = parts.Length > 1 ? parts[1] : string.Empty;
            var supported = field is "metadata.name" or "metadata.namespace"
                || (!type.IsCustom && ExtraFields.TryGetValue(type.Plural, out var extra) && extra.Contains(field));
            if (!supported)
            {
                throw KubeStatus.BadRequest($"field label not supported: {field}");
            }

            selector._terms.Add(o => (Lookup(o.Value, field) == value) != negate);
        }

        return selector;
    }

    public bool Matches(StoredObject obj) => _terms.TrueForAll(t => t(obj));

    private static string Lookup(JsonObject obj, string path)
    {
        JsonNode? node = obj;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
    }
}
