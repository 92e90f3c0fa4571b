using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class EventMapperTests
{
    private readonly EventMapper _mapper = new();

    // Shape of a Flux event as the notification/kustomize controllers record it.
    private static readonly JsonElement FluxEvent = JsonDocument.Parse("""
        {"apiVersion":"v1","kind":"Event","metadata":{"name":"apps.17f2a","namespace":"flux-system","resourceVersion":"901"},
         "involvedObject":{"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization","name":"apps","namespace":"flux-system"},
         "reason":"ReconciliationSucceeded","message":"Reconciliation finished in 1.2s, next run in 10m0s",
         "type":"Normal","count":3,"lastTimestamp":"2026-11-23T11:58:00Z","source":{"component":"kustomize-controller"}}
        """).RootElement;

    [Fact]
    public void Map_FluxKustomizationEvent_ReadsInvolvedObjectReasonAndTime()
    {
        var mapped = (ClusterEvent)_mapper.Map("home", FluxEvent);

        Assert.Equal(new ResourceKey("home", ResourceKind.Event, "flux-system", "apps.17f2a"), mapped.Key);
        Assert.Equal(("Kustomization", "flux-system", "apps"), (mapped.InvolvedKind, mapped.InvolvedNamespace, mapped.InvolvedName));
        Assert.Equal("ReconciliationSucceeded", mapped.Reason);
        Assert.Equal(3, mapped.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 11, 58, 0, TimeSpan.Zero), mapped.LastSeen);
        Assert.Equal("kustomize-controller", mapped.Source);
        Assert.False(mapped.IsWarning);
    }

    [Theory]
    [InlineData("Kustomization", true)]
    [InlineData("Application", true)]
    [InlineData("Certificate", true)]
    [InlineData("Pod", false)]
    [InlineData("Node", false)]
    public void Accepts_InvolvedKind_KeepsOnlyDashboardKinds(string kind, bool expected)
    {
        var item = JsonDocument.Parse("""{"metadata":{"name":"e","namespace":"n"},"involvedObject":{"kind":"KIND","name":"x"}}""".Replace("KIND", kind, StringComparison.Ordinal)).RootElement;

        Assert.Equal(expected, _mapper.Accepts(item));
    }

    [Fact]
    public void Map_EventTimeOnly_UsesEventTime()
    {
        var item = JsonDocument.Parse("""
            {"metadata":{"name":"e","namespace":"argocd"},"involvedObject":{"kind":"Application","name":"podinfo","namespace":"argocd"},
             "type":"Warning","reason":"SyncFailed","eventTime":"2026-11-23T10:00:00.123456Z"}
            """).RootElement;

        var mapped = (ClusterEvent)_mapper.Map("home", item);

        Assert.True(mapped.IsWarning);
        Assert.Equal(1, mapped.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), mapped.LastSeen!.Value.AddMicroseconds(-123456));
    }

    [Fact]
    public void Accepts_NotAnObject_IsFalseAndMapDoesNotThrow()
    {
        var item = JsonDocument.Parse("[1,2]").RootElement;

        Assert.False(_mapper.Accepts(item));
        Assert.IsType<ClusterEvent>(_mapper.Map("home", item));
    }
}
