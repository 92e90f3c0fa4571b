using System.Text.Json;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// Implemented by mappers of kinds where only some objects matter (Events about our objects, not
/// every pod's): the watcher keeps only accepted objects, so memory stays bounded.
/// </summary>
public interface IResourceFilter
{
    bool Accepts(JsonElement item);
}
