using System.Globalization;
using System.Text.Json;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// Reads fields leniently for one mapping run. A missing field is simply absent; a field that is
/// present with the wrong shape is recorded by path in <see cref="Unreadable"/> and read as absent.
/// Nothing here throws on malformed input.
/// </summary>
internal sealed class FieldReader
{
    private readonly List<string> _unreadable = [];

    public IReadOnlyList<string> Unreadable => _unreadable;

    public void MarkUnreadable(string path)
    {
        var name = path.Length == 0 ? "$" : path;
        if (!_unreadable.Contains(name))
        {
            _unreadable.Add(name);
        }
    }

    /// <summary>The child object, or an absent node when missing, null, or not an object (then recorded).</summary>
    public JsonNode Object(JsonNode parent, string name)
    {
        var path = parent.Child(name);
        if (!TryGet(parent, name, out var value))
        {
            return new JsonNode(null, path);
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return new JsonNode(value, path);
        }

        MarkUnreadable(path);
        return new JsonNode(null, path);
    }

    /// <summary>The object items of an array; a non-array is recorded, and so is every non-object item (then skipped).</summary>
    public IReadOnlyList<JsonNode> Objects(JsonNode parent, string name)
    {
        var items = new List<JsonNode>();
        foreach (var (item, path) in ArrayItems(parent, name))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                items.Add(new JsonNode(item, path));
            }
            else
            {
                MarkUnreadable(path);
            }
        }

        return items;
    }

    public IReadOnlyList<string> Strings(JsonNode parent, string name)
    {
        var items = new List<string>();
        foreach (var (item, path) in ArrayItems(parent, name))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items.Add(item.GetString() ?? "");
            }
            else
            {
                MarkUnreadable(path);
            }
        }

        return items;
    }

    /// <summary>A string-to-string map such as metadata.labels; a non-string value is recorded and skipped.</summary>
    public IReadOnlyDictionary<string, string> StringMap(JsonNode parent, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = Object(parent, name);
        if (node.Element is not { } element)
        {
            return map;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                map[property.Name] = property.Value.GetString() ?? "";
            }
            else
            {
                MarkUnreadable(node.Child(property.Name));
            }
        }

        return map;
    }

    /// <summary>A string field; empty strings are returned as they are (see <see cref="NonEmptyString"/>).</summary>
    public string? String(JsonNode parent, string name)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        MarkUnreadable(parent.Child(name));
        return null;
    }

    /// <summary>Longhorn serializes absent values as ""; treat those as missing.</summary>
    public string? NonEmptyString(JsonNode parent, string name) =>
        String(parent, name) is { Length: > 0 } text ? text : null;

    public bool? Bool(JsonNode parent, string name)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                MarkUnreadable(parent.Child(name));
                return null;
        }
    }

    /// <summary>An integer that must be a JSON number; a number written as a string is a malformed field.</summary>
    public long? Long(JsonNode parent, string name)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        MarkUnreadable(parent.Child(name));
        return null;
    }

    public int? Int(JsonNode parent, string name)
    {
        var path = parent.Child(name);
        var number = Long(parent, name);
        if (number is null)
        {
            return null;
        }

        if (number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number.Value;
        }

        MarkUnreadable(path);
        return null;
    }

    /// <summary>A byte count that the CRD declares either as an int64 string (Longhorn spec.size) or as a number; "" is absent.</summary>
    public long? ByteCount(JsonNode parent, string name)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0)
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
        }

        MarkUnreadable(parent.Child(name));
        return null;
    }

    /// <summary>An RFC 3339 timestamp; "" is absent (Longhorn), anything unparsable is recorded.</summary>
    public DateTimeOffset? Time(JsonNode parent, string name)
    {
        var text = String(parent, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            && LooksLikeTimestamp(text))
        {
            return parsed;
        }

        MarkUnreadable(parent.Child(name));
        return null;
    }

    /// <summary>A Go duration string ("2.818583s", "5m0.812337s").</summary>
    public TimeSpan? Duration(JsonNode parent, string name)
    {
        var text = String(parent, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (GoDuration.TryParse(text, out var duration))
        {
            return duration;
        }

        MarkUnreadable(parent.Child(name));
        return null;
    }

    private IEnumerable<(JsonElement Item, string Path)> ArrayItems(JsonNode parent, string name)
    {
        if (!TryGet(parent, name, out var value))
        {
            yield break;
        }

        var path = parent.Child(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            MarkUnreadable(path);
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, $"{path}[{index}]");
            index++;
        }
    }

    private static bool TryGet(JsonNode parent, string name, out JsonElement value)
    {
        value = default;
        if (parent.Element is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty(name, out value))
        {
            return false;
        }

        return value.ValueKind != JsonValueKind.Null;
    }

    // DateTimeOffset.TryParse also accepts "12" or "Monday"; a Kubernetes timestamp always starts with a date.
    private static bool LooksLikeTimestamp(string text) =>
        text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-';
}
