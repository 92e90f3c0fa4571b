using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>Reads the served versions of a CustomResourceDefinition the way the API server exposes them.</summary>
internal static class CrdReader
{
    public static IEnumerable<ResourceType> Read(JsonObject crd)
    {
        var name = crd["metadata"]?["name"]?.GetValue<string>() ?? "(unnamed)";
        var spec = crd["spec"] as JsonObject ?? throw new InvalidDataException($"CRD {name} has no spec.");
        var group = Text(spec, "group") ?? throw new InvalidDataException($"CRD {name} has no spec.group.");
        var names = spec["names"] as JsonObject ?? throw new InvalidDataException($"CRD {name} has no spec.names.");
        var plural = Text(names, "plural") ?? throw new InvalidDataException($"CRD {name} has no spec.names.plural.");
        var kind = Text(names, "kind") ?? throw new InvalidDataException($"CRD {name} has no spec.names.kind.");
        var singular = Text(names, "singular") ?? kind.ToLowerInvariant();
        var namespaced = !string.Equals(Text(spec, "scope"), "Cluster", StringComparison.Ordinal);
        var shortNames = Strings(names["shortNames"]);
        var categories = Strings(names["categories"]);
        foreach (var version in (spec["versions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (version["served"]?.GetValue<bool>() != true)
            {
                continue;
            }

            var hasStatus = version["subresources"] is JsonObject sub && sub.ContainsKey("status");
            var columns = (version["additionalPrinterColumns"] as JsonArray ?? [])
                .OfType<JsonObject>()
                .Select(c => new PrinterColumn(
                    Text(c, "name") ?? string.Empty,
                    Text(c, "type") ?? "string",
                    Text(c, "format") ?? string.Empty,
                    Text(c, "description") ?? $"Custom resource definition column (in JSONPath format): {Text(c, "jsonPath")}",
                    int.TryParse(c["priority"]?.ToJsonString(), out var priority) ? priority : 0,
                    Text(c, "jsonPath") ?? string.Empty))
                .ToList();
            yield return new ResourceType(group, Text(version, "name") ?? "v1", plural, singular, kind, namespaced, hasStatus, IsCustom: true, shortNames, categories, columns);
        }
    }

    private static string? Text(JsonObject obj, string key) => obj[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static List<string> Strings(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>().ToList();
}
