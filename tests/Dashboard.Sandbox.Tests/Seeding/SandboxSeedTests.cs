using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;

namespace Dashboard.Sandbox.Tests.Seeding;

public sealed class SandboxSeedTests
{
    [Fact]
    public async Task Apply_KeepsStatusEvenWhereTheCrdHasAStatusSubresource()
    {
        await using var emulator = await KubernetesEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var count = SandboxSeed.Apply(emulator);
        Assert.True(count > 40);
        var certificates = emulator.Registry.Require("cert-manager.io", "certificates");
        Assert.True(certificates.HasStatusSubresource);
        var cert = emulator.Store.Get(certificates, "monitoring", "grafana-home-example-com")!;
        Assert.NotNull(cert["status"]!["notAfter"]);
        var volumes = emulator.Registry.Require("longhorn.io", "volumes");
        Assert.Contains(emulator.Store.List(volumes), v => v["status"]?["robustness"]?.GetValue<string>() == "degraded");
        var namespaces = emulator.Registry.Require(string.Empty, "namespaces");
        Assert.NotNull(emulator.Store.Get(namespaces, null, "argocd"));
    }

    [Fact]
    public async Task AddGeneratedApps_FiveThousand_DistinctNamesAndUids()
    {
        await using var emulator = await KubernetesEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        SandboxSeed.Apply(emulator);
        var apps = emulator.Registry.Require("argoproj.io", "applications");
        var before = emulator.Store.Count(apps);
        Assert.Equal(4, emulator.Store.Count(emulator.Registry.Require("longhorn.io", "volumes")));
        SandboxSeed.AddGeneratedApps(emulator.Store, 5000);
        var all = emulator.Store.List(apps);
        Assert.Equal(before + 5000, all.Count);
        Assert.Equal(all.Count, all.Select(a => a["metadata"]!["namespace"] + "/" + a["metadata"]!["name"]).Distinct().Count());
        Assert.Equal(all.Count, all.Select(a => a["metadata"]!["uid"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(4 + 1250, emulator.Store.Count(emulator.Registry.Require("longhorn.io", "volumes")));
        Assert.Equal(4 + 1250, emulator.Store.Count(emulator.Registry.Require("cert-manager.io", "certificates")));
    }

    [Fact]
    public async Task Apply_TlsSecrets_RealCertificatesMatchingIssuedCertificatesOneStale()
    {
        await using var emulator = await KubernetesEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        SandboxSeed.Apply(emulator);
        var secrets = emulator.Registry.Require(string.Empty, "secrets");

        Assert.Equal(NotAfter(emulator, "monitoring", "grafana-home-example-com-tls"), new DateTimeOffset(2026, 11, 28, 6, 0, 36, TimeSpan.Zero));
        Assert.Equal(TlsSecretSeed.StaleNotAfter, NotAfter(emulator, "cert-manager", "wildcard-home-example-com-tls"));
        Assert.Equal(TlsSecretSeed.IngressOnlyNotAfter, NotAfter(emulator, TlsSecretSeed.IngressOnlyNamespace, TlsSecretSeed.IngressOnlySecret));
        Assert.Null(emulator.Store.Get(secrets, "media", "jellyfin-home-example-com-tls")); // never issued

        SandboxSeed.AddGenerated(emulator.Store, 0, 4, 0);
        var generated = emulator.Store.List(emulator.Registry.Require("cert-manager.io", "certificates"))
            .Where(c => c["metadata"]!["labels"]?["sandbox.dashboard/generated"] is not null && c["status"]?["notAfter"] is not null).ToList();
        Assert.NotEmpty(generated);
        Assert.All(generated, c => Assert.NotNull(emulator.Store.Get(secrets, c["metadata"]!["namespace"]!.GetValue<string>(),
            c["spec"]!["secretName"]!.GetValue<string>())));
    }

    private static DateTimeOffset NotAfter(KubernetesEmulator emulator, string ns, string name)
    {
        var secret = emulator.Store.Get(emulator.Registry.Require(string.Empty, "secrets"), ns, name)!;
        Assert.Equal("kubernetes.io/tls", secret["type"]!.GetValue<string>());
        var pem = System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(secret["data"]!["tls.crt"]!.GetValue<string>()));
        using var leaf = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(pem);
        return new DateTimeOffset(leaf.NotAfter.ToUniversalTime());
    }
}
