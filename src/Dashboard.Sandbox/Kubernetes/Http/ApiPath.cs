namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>A request path split the way kube-apiserver routes it.</summary>
internal sealed record ApiPath(ApiPathKind Kind, string Group = "", string Version = "", string? Namespace = null, string Plural = "", string? Name = null, string? Subresource = null)
{
    public static ApiPath Parse(string path)
    {
        var parts = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new(ApiPathKind.Unknown);
        }

        switch (parts[0])
        {
            case "version" when parts.Length == 1:
                return new(ApiPathKind.Version);
            case "api" when parts.Length == 1:
                return new(ApiPathKind.CoreVersions);
            case "api" when parts[1] == "v1":
                return parts.Length == 2 ? new(ApiPathKind.GroupVersion, string.Empty, "v1") : Resource(string.Empty, "v1", parts[2..]);
            case "apis" when parts.Length == 1:
                return new(ApiPathKind.Groups);
            case "apis" when parts.Length == 2:
                return new(ApiPathKind.Group, parts[1]);
            case "apis" when parts.Length == 3:
                return new(ApiPathKind.GroupVersion, parts[1], parts[2]);
            case "apis":
                return Resource(parts[1], parts[2], parts[3..]);
            default:
                return new(ApiPathKind.Unknown);
        }
    }

    private static ApiPath Resource(string group, string version, string[] rest)
    {
        // /namespaces/{ns}/{plural}[/{name}[/{sub}]] is namespaced; /namespaces[/{name}] is the Namespace kind itself.
        if (rest[0] == "namespaces" && rest.Length >= 3)
        {
            return rest.Length > 5
                ? new(ApiPathKind.Unknown)
                : new(ApiPathKind.Resource, group, version, rest[1], rest[2], rest.ElementAtOrDefault(3), rest.ElementAtOrDefault(4));
        }

        return rest.Length > 3
            ? new(ApiPathKind.Unknown)
            : new(ApiPathKind.Resource, group, version, null, rest[0], rest.ElementAtOrDefault(1), rest.ElementAtOrDefault(2));
    }
}
