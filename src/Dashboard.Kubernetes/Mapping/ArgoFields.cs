using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>Shapes shared by Argo CD Application and ApplicationSet: health/sync codes, sources, status.resources.</summary>
internal static class ArgoFields
{
    /// <summary>Argo health codes; an unknown code is a valid but unrecognised value and maps to Unknown.</summary>
    public static HealthState Health(string? code) => code switch
    {
        "Healthy" => HealthState.Healthy,
        "Progressing" => HealthState.Progressing,
        "Suspended" => HealthState.Suspended,
        "Missing" => HealthState.Missing,
        "Degraded" => HealthState.Degraded,
        _ => HealthState.Unknown,
    };

    public static SyncState Sync(string? code) => code switch
    {
        "Synced" => SyncState.Synced,
        "OutOfSync" => SyncState.OutOfSync,
        _ => SyncState.Unknown,
    };

    public static AppSource Source(FieldReader reader, JsonNode source) => new(
        reader.String(source, "repoURL") ?? "",
        reader.String(source, "path") ?? "",
        reader.String(source, "targetRevision") ?? "",
        reader.String(source, "chart"));

    /// <summary>spec.source, or every entry of spec.sources for multi-source apps.</summary>
    public static IReadOnlyList<AppSource> Sources(FieldReader reader, JsonNode spec)
    {
        var single = reader.Object(spec, "source");
        if (single.Exists)
        {
            return [Source(reader, single)];
        }

        return reader.Objects(spec, "sources").Select(s => Source(reader, s)).ToList();
    }

    public static IReadOnlyList<ManagedResource> Resources(FieldReader reader, JsonNode status)
    {
        var resources = new List<ManagedResource>();
        foreach (var item in reader.Objects(status, "resources"))
        {
            var health = reader.Object(item, "health");
            resources.Add(new ManagedResource(
                reader.String(item, "group") ?? "",
                reader.String(item, "version") ?? "",
                reader.String(item, "kind") ?? "",
                reader.String(item, "namespace") ?? "",
                reader.String(item, "name") ?? "",
                Sync(reader.String(item, "status")),
                Health(reader.String(health, "status")),
                reader.String(health, "message")));
        }

        return resources;
    }

    /// <summary>Argo conditions whose type names an error (SyncError, ComparisonError, InvalidSpecError...).</summary>
    public static bool IsError(Condition condition) =>
        condition.Type.EndsWith("Error", StringComparison.Ordinal);
}
