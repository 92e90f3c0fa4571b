using System.Text.Json;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>A position in the object being mapped: the element (absent when the field is missing) and its path for error reports.</summary>
internal readonly record struct JsonNode(JsonElement? Element, string Path)
{
    public bool Exists => Element.HasValue;

    public static JsonNode Root(JsonElement element) => new(element, "");

    public string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
}
