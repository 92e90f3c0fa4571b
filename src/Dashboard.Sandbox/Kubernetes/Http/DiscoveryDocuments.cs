using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>Legacy (non-aggregated) discovery documents, shaped as in kube-wire samples 01-07 and 19.</summary>
internal static class DiscoveryDocuments
{
    private static readonly string[] CrdVerbs = ["delete", "deletecollection", "get", "list", "patch", "create", "update", "watch"];
    private static readonly string[] StatusVerbs = ["get", "patch", "update"];

    public static JsonObject Version() => new()
    {
        ["major"] = "1",
        ["minor"] = "32",
        ["gitVersion"] = "v1.32.0-dashboard-sandbox",
        ["gitCommit"] = "0000000000000000000000000000000000000000",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "1970-01-01T00:00:00Z",
        ["goVersion"] = "go1.23.0",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    public static JsonObject CoreVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public static JsonObject GroupList(IReadOnlyList<ResourceType> served) => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = new JsonArray(GroupNames(served).Select(g => (JsonNode)GroupBody(g, served)).ToArray()),
    };

    public static JsonObject? Group(string group, IReadOnlyList<ResourceType> served)
    {
        if (!served.Any(t => t.Group == group) || group.Length == 0)
        {
            return null;
        }

        var body = new JsonObject { ["kind"] = "APIGroup", ["apiVersion"] = "v1" };
        foreach (var (key, value) in GroupBody(group, served).ToList())
        {
            body[key] = value?.DeepClone();
        }

        return body;
    }

    public static JsonObject? ResourceList(string group, string version, IReadOnlyList<ResourceType> served)
    {
        var types = served.Where(t => t.Group == group && t.Version == version).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var resources = new JsonArray();
        foreach (var type in types)
        {
            var entry = new JsonObject
            {
                ["name"] = type.Plural,
                ["singularName"] = type.Singular,
                ["namespaced"] = type.Namespaced,
                ["kind"] = type.Kind,
                ["verbs"] = new JsonArray(CrdVerbs.Select(v => (JsonNode)v).ToArray()),
            };
            if (type.ShortNames.Count > 0)
            {
                entry["shortNames"] = new JsonArray(type.ShortNames.Select(s => (JsonNode)s).ToArray());
            }

            if (type.Categories.Count > 0)
            {
                entry["categories"] = new JsonArray(type.Categories.Select(s => (JsonNode)s).ToArray());
            }

            entry["storageVersionHash"] = type.StorageVersionHash;
            resources.Add(entry);
            if (type.HasStatusSubresource)
            {
                resources.Add(new JsonObject
                {
                    ["name"] = type.Plural + "/status",
                    ["singularName"] = string.Empty,
                    ["namespaced"] = type.Namespaced,
                    ["kind"] = type.Kind,
                    ["verbs"] = new JsonArray(StatusVerbs.Select(v => (JsonNode)v).ToArray()),
                });
            }
        }

        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : $"{group}/{version}",
            ["resources"] = resources,
        };
    }

    public static JsonObject NotAcceptable() => KubeStatus.Failure(406, "NotAcceptable",
        "only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf");

    /// <summary>Built-in groups first, then CRD groups in installation order (as the real server lists them).</summary>
    private static IEnumerable<string> GroupNames(IReadOnlyList<ResourceType> served) =>
        served.Where(t => !t.IsCustom && t.Group.Length > 0).Select(t => t.Group)
            .Concat(served.Where(t => t.IsCustom).Select(t => t.Group))
            .Distinct(StringComparer.Ordinal);

    private static JsonObject GroupBody(string group, IReadOnlyList<ResourceType> served)
    {
        var versions = served.Where(t => t.Group == group).Select(t => t.Version).Distinct(StringComparer.Ordinal).ToList();
        JsonObject Version(string v) => new() { ["groupVersion"] = $"{group}/{v}", ["version"] = v };
        return new JsonObject
        {
            ["name"] = group,
            ["versions"] = new JsonArray(versions.Select(v => (JsonNode)Version(v)).ToArray()),
            ["preferredVersion"] = Version(versions[0]),
        };
    }
}
