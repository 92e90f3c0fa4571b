using System.Text.Json.Nodes;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Watching;
using Dashboard.Sandbox.Seeding;

namespace Dashboard.Kubernetes.Tests.EndToEnd;

/// <summary>
/// TLS secrets read by name over real HTTPS from the seeded emulator, whose secrets hold real certificates
/// generated at seed time. The emulator's request log proves what was (and was not) asked.
/// </summary>
public sealed class TlsSecretTests
{
    private static bool IsSecretRequest(Dashboard.Sandbox.Kubernetes.RequestRecord r) =>
        r.Path.Contains("/secrets", StringComparison.Ordinal);

    [Fact]
    public async Task ReadTlsSecrets_On_ReadsEachNamedSecretByGetOnly()
    {
        await using var cluster = await EmulatedCluster.StartAsync(configure: o => o.ReadTlsSecrets = true);

        await cluster.EventuallyAsync(() => cluster.TlsSecret(TlsSecretSeed.IngressOnlyNamespace, TlsSecretSeed.IngressOnlySecret)?.State == TlsSecretState.Read
            && cluster.TlsSecret("media", "jellyfin-home-example-com-tls")?.State == TlsSecretState.NotFound
            && cluster.TlsSecret("cert-manager", "wildcard-home-example-com-tls")?.State == TlsSecretState.Read, "TLS secrets read");

        // Stale on purpose: cert-manager's status says 2027-01-18, the secret still holds the previous certificate.
        var wildcard = cluster.TlsSecret("cert-manager", "wildcard-home-example-com-tls")!;
        Assert.Equal(TlsSecretSeed.StaleNotAfter, wildcard.NotAfter);
        Assert.Equal(["home.example.com", "*.home.example.com"], wildcard.DnsNames);
        Assert.Equal("CN=home.example.com", wildcard.Subject);
        Assert.Contains("Sandbox Fake ACME CA", wildcard.Issuer, StringComparison.Ordinal);
        Assert.Equal(["Certificate/wildcard-home-example-com"], wildcard.ReferencedBy);

        var grafana = cluster.TlsSecret("monitoring", "grafana-home-example-com-tls")!;
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 6, 0, 36, TimeSpan.Zero), grafana.NotAfter);
        Assert.Equal(["Certificate/grafana-home-example-com", "Ingress/grafana"], grafana.ReferencedBy);

        var nas = cluster.TlsSecret(TlsSecretSeed.IngressOnlyNamespace, TlsSecretSeed.IngressOnlySecret)!;
        Assert.Equal(TlsSecretSeed.IngressOnlyNotAfter, nas.NotAfter);
        Assert.False(nas.IsReferencedByCertificate);

        var secretRequests = cluster.Emulator.Requests.All.Where(IsSecretRequest).ToList();
        Assert.NotEmpty(secretRequests);
        Assert.All(secretRequests, r =>
        {
            Assert.Equal("GET", r.Method);
            Assert.False(r.IsWatch);
            Assert.Matches("^/api/v1/namespaces/[^/]+/secrets/[^/?]+$", r.Path);
        });
        Assert.Equal(WatchPhase.Watching, cluster.Watch(ResourceKind.TlsSecret)?.Phase);
    }

    [Fact]
    public async Task ReadTlsSecrets_CertificateRenewed_SecretReadAgain()
    {
        await using var cluster = await EmulatedCluster.StartAsync(configure: o => o.ReadTlsSecrets = true);
        await cluster.EventuallyAsync(() => cluster.TlsSecret("cert-manager", "wildcard-home-example-com-tls")?.State == TlsSecretState.Read, "first read");
        var renewedNotAfter = new DateTimeOffset(2027, 1, 18, 3, 13, 50, TimeSpan.Zero);

        // cert-manager rotates the secret first, then bumps the Certificate's status.
        TlsSecretSeed.Rotate(cluster.Emulator.Store, "cert-manager", "wildcard-home-example-com-tls", ["home.example.com", "*.home.example.com"],
            renewedNotAfter.AddDays(-90), renewedNotAfter);
        var certificates = cluster.Emulator.Registry.Require("cert-manager.io", "certificates");
        cluster.Emulator.Store.Patch(certificates, "cert-manager", "wildcard-home-example-com", new JsonObject
        {
            ["status"] = new JsonObject { ["revision"] = 5 },
        }, "status");

        await cluster.EventuallyAsync(() => cluster.TlsSecret("cert-manager", "wildcard-home-example-com-tls")?.NotAfter == renewedNotAfter,
            "secret read again after the Certificate's revision changed");
    }

    [Fact]
    public async Task ReadTlsSecrets_SecretsForbidden_ClearStateWithRbacRuleAndWatchesGoOn()
    {
        await using var cluster = await EmulatedCluster.StartAsync(e => e.Faults.Forbid("secrets"), o => o.ReadTlsSecrets = true);

        await cluster.EventuallyAsync(() => cluster.TlsSecret("monitoring", "grafana-home-example-com-tls")?.State == TlsSecretState.Forbidden,
            "forbidden state");

        var grafana = cluster.TlsSecret("monitoring", "grafana-home-example-com-tls")!;
        Assert.Equal("no permission to get secrets in monitoring; add RBAC rule: apiGroups [\"\"], resources [secrets], verbs [get] " +
            "(a Role in monitoring or a ClusterRole; RBAC cannot filter by secret type, only by resourceNames)", grafana.Message);
        Assert.Null(grafana.NotAfter);
        var state = cluster.Watch(ResourceKind.TlsSecret)!;
        Assert.Equal(WatchPhase.Watching, state.Phase);
        Assert.Contains("no permission to get secrets in", state.Message, StringComparison.Ordinal);
        Assert.Equal(WatchPhase.Watching, cluster.Watch(ResourceKind.Certificate)?.Phase);

        cluster.Emulator.Faults.Allow("secrets");
        await cluster.EventuallyAsync(() => cluster.TlsSecret("monitoring", "grafana-home-example-com-tls")?.State == TlsSecretState.Read,
            "read once permitted (recheck interval)");
    }

    [Fact]
    public async Task ReadTlsSecrets_Off_NoSecretRequestAndNoIngressWatch()
    {
        await using var cluster = await EmulatedCluster.StartAsync();

        await cluster.EventuallyAsync(() => WatchedKinds.Enabled(new WatchOptions()).All(k => cluster.Watch(k.Kind)?.Phase == WatchPhase.Watching),
            "every enabled kind watching");
        // A renewal would trigger a read if the reader ran; give it a chance to (wrongly) react.
        var certificates = cluster.Emulator.Registry.Require("cert-manager.io", "certificates");
        cluster.Emulator.Store.Patch(certificates, "cert-manager", "wildcard-home-example-com", new JsonObject
        {
            ["status"] = new JsonObject { ["revision"] = 9 },
        }, "status");
        await cluster.EventuallyAsync(() => cluster.Store.Current.Certificates.Any(c => c.Revision == 9), "renewal seen");

        Assert.DoesNotContain(cluster.Emulator.Requests.All, IsSecretRequest);
        Assert.DoesNotContain(cluster.Emulator.Requests.All, r => r.Path.Contains("/ingresses", StringComparison.Ordinal));
        Assert.Empty(cluster.Store.Current.TlsSecrets);
        Assert.Null(cluster.Watch(ResourceKind.TlsSecret));
    }

    [Fact]
    public async Task Namespaces_Seeded_WatchedWithPhase()
    {
        await using var cluster = await EmulatedCluster.StartAsync();

        await cluster.EventuallyAsync(() => cluster.Store.Current.Namespaces.Any(n => n.Key.Name == "monitoring"), "namespaces listed");
        var namespaces = cluster.Emulator.Registry.Require(string.Empty, "namespaces");
        cluster.Emulator.Store.Patch(namespaces, null, "monitoring", new JsonObject { ["status"] = new JsonObject { ["phase"] = "Terminating" } }, "status");

        await cluster.EventuallyAsync(() => cluster.Store.Current.Namespaces.Any(n => n.Key.Name == "monitoring" && n.IsTerminating), "terminating seen");
        Assert.All(cluster.Store.Current.Namespaces, n => Assert.Equal("", n.Key.Namespace));
    }
}
