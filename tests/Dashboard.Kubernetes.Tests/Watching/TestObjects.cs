using System.Text.Json;
using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Tests.Watching;

internal static class TestObjects
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <param name="unreadable">Fields the test mapper reports as unreadable.</param>
    public static JsonElement Object(string name, string resourceVersion, string value = "v", string ns = "apps", params string[] unreadable) =>
        Parse(JsonSerializer.Serialize(new
        {
            metadata = new { name, @namespace = ns, resourceVersion },
            spec = new { value, unreadable },
        }));

    public static ResourceListPage Page(string resourceVersion, params JsonElement[] items) => new(items, resourceVersion, null);
}
