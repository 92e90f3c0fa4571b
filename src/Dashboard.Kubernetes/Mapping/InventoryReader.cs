using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>Flux status.inventory.entries: id "&lt;namespace&gt;_&lt;name&gt;_&lt;group&gt;_&lt;kind&gt;", v the version.</summary>
internal static class InventoryReader
{
    public static IReadOnlyList<ManagedResource> Read(FieldReader reader, JsonNode status)
    {
        var inventory = reader.Object(status, "inventory");
        var resources = new List<ManagedResource>();
        foreach (var entry in reader.Objects(inventory, "entries"))
        {
            var id = reader.String(entry, "id");
            var parts = id?.Split('_');
            if (parts is not { Length: 4 } || parts[1].Length == 0 || parts[3].Length == 0)
            {
                reader.MarkUnreadable(entry.Child("id"));
                continue;
            }

            resources.Add(new ManagedResource(parts[2], reader.String(entry, "v") ?? "", parts[3], parts[0], parts[1],
                SyncState.Unknown, HealthState.Unknown));
        }

        return resources;
    }
}
