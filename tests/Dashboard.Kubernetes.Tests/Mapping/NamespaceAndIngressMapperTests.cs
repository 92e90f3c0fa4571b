using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class NamespaceAndIngressMapperTests
{
    // A namespace being deleted, as `kubectl get ns media -o json` shows it (1.32).
    private static readonly JsonElement TerminatingNamespace = JsonDocument.Parse("""
        {"apiVersion":"v1","kind":"Namespace","metadata":{"creationTimestamp":"2026-06-01T20:00:00Z",
         "deletionTimestamp":"2026-11-23T11:59:00Z","labels":{"kubernetes.io/metadata.name":"media","team":"home"},
         "name":"media","resourceVersion":"1851400","uid":"0b6f1c9e-6f55-4d7e-9a53-2f1d3c2b1a00"},
         "spec":{"finalizers":["kubernetes"]},
         "status":{"conditions":[{"lastTransitionTime":"2026-11-23T11:59:05Z","message":"All resources successfully discovered",
           "reason":"ResourcesDiscovered","status":"False","type":"NamespaceDeletionDiscoveryFailure"}],"phase":"Terminating"}}
        """).RootElement;

    // The TLS example of the Kubernetes Ingress documentation (networking.k8s.io/v1), with a second, secret-less entry.
    private static readonly JsonElement TlsIngress = JsonDocument.Parse("""
        {"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"tls-example-ingress","namespace":"default"},
         "spec":{"tls":[{"hosts":["https-example.foo.com"],"secretName":"testsecret-tls"},{"hosts":["default-cert.foo.com"]}],
           "rules":[{"host":"https-example.foo.com","http":{"paths":[{"path":"/","pathType":"Prefix",
             "backend":{"service":{"name":"service1","port":{"number":80}}}}]}}]}}
        """).RootElement;

    [Fact]
    public void Map_TerminatingNamespace_ReadsPhaseAndLabels()
    {
        var mapped = (NamespaceStatus)new NamespaceMapper().Map("home", TerminatingNamespace);

        Assert.Equal(new ResourceKey("home", ResourceKind.Namespace, "", "media"), mapped.Key);
        Assert.Equal("Terminating", mapped.Phase);
        Assert.True(mapped.IsTerminating);
        Assert.Equal("home", mapped.Labels["team"]);
        Assert.Empty(mapped.UnreadableFields);
    }

    [Fact]
    public void Map_NamespaceWithBrokenLabelsAndNoStatus_UnknownPhaseLabelRecorded()
    {
        var broken = JsonDocument.Parse("""{"metadata":{"name":"x","labels":{"a":"b","n":5}}}""").RootElement;

        var mapped = (NamespaceStatus)new NamespaceMapper().Map("home", broken);

        Assert.Equal("unknown", mapped.Phase);
        Assert.False(mapped.IsTerminating);
        Assert.Equal("b", mapped.Labels["a"]);
        Assert.Equal(["metadata.labels.n"], mapped.UnreadableFields);
    }

    [Fact]
    public void Map_TlsIngress_ReadsSecretNamesAndHosts()
    {
        var mapped = (IngressTls)new IngressMapper().Map("home", TlsIngress);

        Assert.Equal(new ResourceKey("home", ResourceKind.Ingress, "default", "tls-example-ingress"), mapped.Key);
        Assert.Equal(2, mapped.Tls.Count);
        Assert.Equal("testsecret-tls", mapped.Tls[0].SecretName);
        Assert.Equal(["https-example.foo.com"], mapped.Tls[0].Hosts);
        Assert.Null(mapped.Tls[1].SecretName);
    }

    [Fact]
    public void Map_IngressWithTlsNotAList_EmptyTlsFieldRecorded()
    {
        var broken = JsonDocument.Parse("""{"metadata":{"name":"i","namespace":"n"},"spec":{"tls":{"secretName":"s"}}}""").RootElement;

        var mapped = (IngressTls)new IngressMapper().Map("home", broken);

        Assert.Empty(mapped.Tls);
        Assert.Equal(["spec.tls"], mapped.UnreadableFields);
    }
}
