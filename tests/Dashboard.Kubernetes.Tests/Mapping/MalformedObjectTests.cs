using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

/// <summary>Hand-picked malformed objects: each degrades to "unknown" and names the bad field.</summary>
public sealed class MalformedObjectTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void Map_ApplicationWithoutStatus_UnknownAndNotMalformed()
    {
        var app = new ArgoApplicationMapper().MapTyped("c", Parse("""{"metadata":{"name":"new","namespace":"argocd"},"spec":{}}"""));

        Assert.Equal(HealthState.Unknown, app.Health);
        Assert.Equal(SyncState.Unknown, app.Sync);
        Assert.Null(app.LastOperation);
        Assert.Empty(app.UnreadableFields);
    }

    [Fact]
    public void Map_StatusAsString_UnknownWithStatusListed()
    {
        var app = new FluxKustomizationMapper().MapTyped("c", Parse("""{"metadata":{"name":"k","namespace":"ns"},"status":"broken"}"""));

        Assert.Equal(HealthState.Unknown, app.Health);
        Assert.Equal(["status"], app.UnreadableFields);
    }

    [Fact]
    public void Map_ConditionsNotAnArray_ListsConditionsPath()
    {
        var certificate = new CertificateMapper().MapTyped("c",
            Parse("""{"metadata":{"name":"x","namespace":"ns"},"status":{"conditions":{"type":"Ready"}}}"""));

        Assert.Null(certificate.Ready);
        Assert.Equal(["status.conditions"], certificate.UnreadableFields);
    }

    [Fact]
    public void Map_NumbersAsStrings_ListsEachNumberField()
    {
        var app = new ArgoApplicationMapper().MapTyped("c", Parse("""
            {"metadata":{"name":"a","namespace":"argocd"},
             "status":{"operationState":{"phase":"Failed","retryCount":"5"},"history":[{"id":"3","revision":"abc"}]}}
            """));

        Assert.Equal(0, app.LastOperation!.RetryCount);
        Assert.Equal("Failed", app.LastOperation.Phase);
        Assert.Equal(["status.operationState.retryCount", "status.history[0].id"], app.UnreadableFields);
    }

    [Fact]
    public void Map_TimestampThatDoesNotParse_ListsTheField()
    {
        var certificate = new CertificateMapper().MapTyped("c",
            Parse("""{"metadata":{"name":"x","namespace":"ns"},"status":{"notAfter":"next tuesday","notBefore":"2026-13-45T00:00:00Z","renewalTime":12}}"""));

        Assert.Null(certificate.NotAfter);
        Assert.Null(certificate.NotBefore);
        Assert.Null(certificate.RenewalTime);
        Assert.Equal(["status.notBefore", "status.notAfter", "status.renewalTime"], certificate.UnreadableFields);
    }

    [Fact]
    public void Map_MetadataMissing_EmptyNameAndMetadataListed()
    {
        var volume = new LonghornVolumeMapper().MapTyped("c", Parse("""{"status":{"state":"attached"}}"""));

        Assert.Equal(new ResourceKey("c", ResourceKind.LonghornVolume, "", ""), volume.Key);
        Assert.Equal("attached", volume.State);
        Assert.Equal(["metadata"], volume.UnreadableFields);
    }

    [Fact]
    public void Map_RootNotAnObject_EveryMapperReturnsUnknownRecord()
    {
        foreach (var mapper in ResourceMappers.All)
        {
            var item = mapper.Map("c", Parse("\"just a string\""));

            Assert.Equal(mapper.Kind, item.Key.Kind);
            var fields = UnreadableFields(item);
            Assert.Contains("$", fields);
            Assert.Contains("metadata", fields);
        }
    }

    [Fact]
    public void Map_VolumeSizeNotANumber_ListsSizeAndKeepsTheRest()
    {
        var volume = new LonghornVolumeMapper().MapTyped("c", Parse("""
            {"metadata":{"name":"v","namespace":"longhorn-system"},"spec":{"size":"ten gigs","numberOfReplicas":"3"},
             "status":{"actualSize":"2147483648","robustness":"healthy","lastBackupAt":"yesterday"}}
            """));

        Assert.Null(volume.SizeBytes);
        Assert.Equal(2147483648L, volume.ActualSizeBytes);
        Assert.Equal(0, volume.WantedReplicas);
        Assert.Equal("healthy", volume.Robustness);
        Assert.Equal(["spec.size", "spec.numberOfReplicas", "status.lastBackupAt"], volume.UnreadableFields);
    }

    [Fact]
    public void Map_BadInventoryAndHistoryEntries_SkipsThemAndListsPaths()
    {
        var app = new FluxKustomizationMapper().MapTyped("c", Parse("""
            {"metadata":{"name":"k","namespace":"ns"},
             "status":{"inventory":{"entries":[{"id":"not-an-id","v":"v1"},"oops",{"id":"ns_n_apps_Deployment","v":"v1"}]},
                       "history":[{"lastReconciledDuration":"forever","metadata":{"revision":"main@sha1:abc"}}]}}
            """));

        Assert.Single(app.Resources);
        Assert.Equal("abc", app.History[0].Revision);
        Assert.Equal(["status.history[0].lastReconciledDuration", "status.inventory.entries[1]", "status.inventory.entries[0].id"],
            app.UnreadableFields);
    }

    internal static IReadOnlyList<string> UnreadableFields(IClusterItem item) => item switch
    {
        AppStatus a => a.UnreadableFields,
        CertificateStatus c => c.UnreadableFields,
        VolumeStatus v => v.UnreadableFields,
        GitSourceStatus g => g.UnreadableFields,
        BackupStatus b => b.UnreadableFields,
        ClusterEvent e => e.UnreadableFields,
        NamespaceStatus n => n.UnreadableFields,
        IngressTls i => i.UnreadableFields,
        ReplicaStatus r => r.UnreadableFields,
        RecurringJobStatus j => j.UnreadableFields,
        _ => throw new InvalidOperationException($"Unexpected record {item.GetType().Name}"),
    };
}
