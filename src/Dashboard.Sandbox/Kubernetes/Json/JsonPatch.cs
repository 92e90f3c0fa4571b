using System.Globalization;
using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Json;

/// <summary>JSON patch (RFC 6902): add, remove, replace, move, copy, test over a deep copy of the target.</summary>
internal static class JsonPatch
{
    public static JsonNode Apply(JsonNode target, JsonArray operations)
    {
        var root = new JsonObject { ["r"] = target.DeepClone() };
        foreach (var operation in operations)
        {
            if (operation is not JsonObject op)
            {
                throw new JsonPatchException("a patch operation must be an object");
            }

            var kind = op["op"]?.GetValue<string>() ?? throw new JsonPatchException("missing op");
            var path = Pointer(op, "path");
            switch (kind)
            {
                case "add":
                    Add(root, path, Value(op));
                    break;
                case "remove":
                    Remove(root, path);
                    break;
                case "replace":
                    Remove(root, path);
                    Add(root, path, Value(op));
                    break;
                case "move":
                    var moved = Remove(root, Pointer(op, "from"));
                    Add(root, path, moved);
                    break;
                case "copy":
                    Add(root, path, Get(root, Pointer(op, "from"))?.DeepClone());
                    break;
                case "test":
                    if (!JsonNode.DeepEquals(Get(root, path), op["value"]))
                    {
                        throw new JsonPatchException($"test failed at {op["path"]}");
                    }

                    break;
                default:
                    throw new JsonPatchException($"unknown op {kind}");
            }
        }

        return root["r"] ?? throw new JsonPatchException("the patch removed the whole object");
    }

    private static JsonNode? Value(JsonObject op) =>
        op.ContainsKey("value") ? op["value"]?.DeepClone() : throw new JsonPatchException("missing value");

    private static List<string> Pointer(JsonObject op, string member)
    {
        var text = op[member]?.GetValue<string>() ?? throw new JsonPatchException($"missing {member}");
        if (text.Length > 0 && text[0] != '/')
        {
            throw new JsonPatchException($"invalid pointer {text}");
        }

        var parts = new List<string> { "r" };
        if (text.Length > 0)
        {
            parts.AddRange(text[1..].Split('/').Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)));
        }

        return parts;
    }

    private static JsonNode? Get(JsonObject root, List<string> path)
    {
        JsonNode? node = root;
        foreach (var part in path)
        {
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(part, out var child) => child,
                JsonArray array when int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => throw new JsonPatchException($"path not found: {part}"),
            };
        }

        return node;
    }

    private static void Add(JsonObject root, List<string> path, JsonNode? value)
    {
        var parent = Get(root, path[..^1]);
        var last = path[^1];
        switch (parent)
        {
            case JsonObject obj:
                obj[last] = value;
                break;
            case JsonArray array when last == "-":
                array.Add(value);
                break;
            case JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i <= array.Count:
                array.Insert(i, value);
                break;
            default:
                throw new JsonPatchException($"cannot add at {last}");
        }
    }

    private static JsonNode? Remove(JsonObject root, List<string> path)
    {
        var parent = Get(root, path[..^1]);
        var last = path[^1];
        switch (parent)
        {
            case JsonObject obj when obj.TryGetPropertyValue(last, out var existing):
                obj.Remove(last);
                return existing;
            case JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count:
                var item = array[i];
                array.RemoveAt(i);
                return item;
            default:
                throw new JsonPatchException($"path not found: {last}");
        }
    }
}
