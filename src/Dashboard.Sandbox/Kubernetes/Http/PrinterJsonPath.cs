using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>
/// The small JSONPath subset CRD printer columns use: <c>.a.b</c>, <c>[0]</c> and
/// <c>[?(@.type == "Ready")]</c>; the first match wins, a miss is null.
/// </summary>
internal static class PrinterJsonPath
{
    public static JsonNode? Evaluate(JsonNode? root, string path)
    {
        var node = root;
        var i = 0;
        path = path.Trim().TrimStart('{').TrimEnd('}');
        while (i < path.Length && node is not null)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                var key = path[(i + 1)..end];
                node = key.Length == 0 ? node : (node as JsonObject)?[key];
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    return null;
                }

                node = Index(node, path[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return node;
    }

    private static JsonNode? Index(JsonNode node, string selector)
    {
        if (node is not JsonArray array)
        {
            return null;
        }

        if (int.TryParse(selector, out var index))
        {
            return index >= 0 && index < array.Count ? array[index] : null;
        }

        // ?(@.field == "value")
        var body = selector.TrimStart('?').Trim('(', ')').Trim();
        var parts = body.Split("==", 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].StartsWith("@.", StringComparison.Ordinal))
        {
            return null;
        }

        var field = parts[0][2..];
        var expected = parts[1].Trim('"', '\'');
        return array.FirstOrDefault(item => item?[field] is JsonValue v && v.ToString() == expected);
    }
}
