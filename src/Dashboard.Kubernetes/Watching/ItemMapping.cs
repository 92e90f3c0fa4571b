using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// Maps raw objects for one watcher under a log scope naming the object, and logs a malformed
/// object's unreadable fields once per (object, fields) rather than on every event.
/// </summary>
internal sealed class ItemMapping(string cluster, IResourceMapper mapper, ILogger logger)
{
    private readonly Dictionary<ResourceKey, string> _reported = [];

    public ResourceType Type { get; set; } = null!;

    public IClusterItem? Map(JsonElement item)
    {
        if (mapper is IResourceFilter filter && !filter.Accepts(item))
        {
            return null;
        }

        var name = ObjectMetadata.Name(item) ?? "(no name)";
        var itemNamespace = ObjectMetadata.Namespace(item);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["Cluster"] = cluster,
            ["Resource"] = Type.QualifiedName,
            ["Namespace"] = itemNamespace,
            ["Name"] = name,
            ["ResourceVersion"] = ObjectMetadata.ResourceVersion(item),
        });
        IClusterItem mapped;
        try
        {
            mapped = mapper.Map(cluster, item);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Mappers promise not to throw; if one does, one bad object must not stop the watch.
            WatcherLog.MappingFailed(logger, ex, Type.QualifiedName, itemNamespace, name);
            return null;
        }

        ReportUnreadable(mapped);
        return mapped;
    }

    public ResourceKey? KeyOf(JsonElement item) =>
        ObjectMetadata.Name(item) is { } name ? new ResourceKey(cluster, Type.Kind, ObjectMetadata.Namespace(item), name) : null;

    public void Forget(ResourceKey key) => _reported.Remove(key);

    public void ForgetAllExcept(IReadOnlyCollection<IClusterItem> items)
    {
        var keep = items.Select(i => i.Key).ToHashSet();
        foreach (var key in _reported.Keys.Where(k => !keep.Contains(k)).ToList())
        {
            _reported.Remove(key);
        }
    }

    private void ReportUnreadable(IClusterItem item)
    {
        var fields = UnreadableFieldsOf(item);
        if (fields.Count == 0)
        {
            _reported.Remove(item.Key);
            return;
        }

        var signature = string.Join(", ", fields);
        if (_reported.TryGetValue(item.Key, out var previous) && previous == signature)
        {
            return;
        }

        _reported[item.Key] = signature;
        WatcherLog.UnreadableFields(logger, item.Key.ToString(), signature);
    }

    private static IReadOnlyList<string> UnreadableFieldsOf(IClusterItem item) => item switch
    {
        AppStatus app => app.UnreadableFields,
        CertificateStatus certificate => certificate.UnreadableFields,
        VolumeStatus volume => volume.UnreadableFields,
        GitSourceStatus source => source.UnreadableFields,
        BackupStatus backup => backup.UnreadableFields,
        ClusterEvent clusterEvent => clusterEvent.UnreadableFields,
        NamespaceStatus namespaceStatus => namespaceStatus.UnreadableFields,
        IngressTls ingress => ingress.UnreadableFields,
        ReplicaStatus replica => replica.UnreadableFields,
        RecurringJobStatus job => job.UnreadableFields,
        _ => [],
    };
}
