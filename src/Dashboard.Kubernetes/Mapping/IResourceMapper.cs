using System.Text.Json;
using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// Turns one Kubernetes object (its JSON, exactly as the API server sent it) into a Core record.
/// Pure: no I/O, no logging, never throws on a malformed object; what cannot be read becomes
/// "unknown" and is listed in the record's UnreadableFields so the watcher can log it once.
/// </summary>
public interface IResourceMapper
{
    ResourceKind Kind { get; }

    IClusterItem Map(string cluster, JsonElement item);
}
