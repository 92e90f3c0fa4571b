using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>Maps test objects to CertificateStatus records (the store does not care which record a kind maps to).</summary>
internal sealed class TestMapper(ResourceKind kind) : IResourceMapper
{
    public ResourceKind Kind => kind;

    public IClusterItem Map(string cluster, JsonElement item)
    {
        var metadata = item.GetProperty("metadata");
        var spec = item.GetProperty("spec");
        return new CertificateStatus
        {
            Key = new ResourceKey(cluster, kind, metadata.GetProperty("namespace").GetString()!, metadata.GetProperty("name").GetString()!),
            ReadyReason = spec.GetProperty("value").GetString(),
            UnreadableFields = spec.TryGetProperty("unreadable", out var fields) ? fields.EnumerateArray().Select(f => f.GetString()!).ToList() : [],
        };
    }
}
