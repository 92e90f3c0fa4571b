using System.Text.Json.Nodes;

namespace Dashboard.Helm.Tests;

/// <summary>The objects of one `helm template` run, the raw YAML, and what the schema validator said about them.</summary>
public sealed class RenderedChart(string yaml, IReadOnlyList<JsonObject> objects, IReadOnlyList<string> schemaErrors)
{
    public string Yaml { get; } = yaml;

    public IReadOnlyList<JsonObject> Objects { get; } = objects;

    /// <summary>"Kind namespace/name: message" for each object that does not match the Kubernetes schema.</summary>
    public IReadOnlyList<string> SchemaErrors { get; } = schemaErrors;

    public IEnumerable<JsonObject> OfKind(string kind) =>
        Objects.Where(o => string.Equals((string?)o["kind"], kind, StringComparison.Ordinal));

    public JsonObject Single(string kind, string? name = null)
    {
        var matches = OfKind(kind).Where(o => name is null || string.Equals(Name(o), name, StringComparison.Ordinal)).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {kind}{(name is null ? string.Empty : " " + name)}, found {matches.Count}: {string.Join(", ", OfKind(kind).Select(Name))}.");
    }

    /// <summary>The dashboard's Deployment (not cloudflared's).</summary>
    public JsonObject Dashboard => Single("Deployment", "rel-dashboard");

    public JsonObject DashboardContainer => Containers(Dashboard).Single(c => (string?)c["name"] == "dashboard");

    public IReadOnlyDictionary<string, string> ConfigData =>
        Single("ConfigMap")["data"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value ?? string.Empty, StringComparer.Ordinal);

    public static string? Name(JsonObject o) => (string?)o["metadata"]?["name"];

    public static string? Namespace(JsonObject o) => (string?)o["metadata"]?["namespace"];

    public static IReadOnlyList<JsonObject> Containers(JsonObject deployment) =>
        deployment["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Select(c => c!.AsObject()).ToList();

    public static IReadOnlyList<JsonObject> Volumes(JsonObject deployment) =>
        (deployment["spec"]!["template"]!["spec"]!["volumes"]?.AsArray() ?? []).Select(v => v!.AsObject()).ToList();
}
