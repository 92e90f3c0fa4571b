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
}
