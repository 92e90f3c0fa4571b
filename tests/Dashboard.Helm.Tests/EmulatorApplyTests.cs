using System.Text.Json.Nodes;
using Dashboard.Sandbox;

namespace Dashboard.Helm.Tests;

/// <summary>
/// The rendered objects created with the real kubectl on the sandbox's Kubernetes emulator, for every kind the emulator
/// serves. It serves no ServiceAccounts or RBAC kinds: those are covered by the schema validation only.
/// </summary>
public sealed class EmulatorApplyTests(HelmTool helm)
{
    private static readonly string[] _notServedByEmulator = ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding", "ServiceAccount"];

    private readonly ChartRenderer _renderer = new(helm);

    [Fact]
    public async Task KubectlCreate_RenderedObjectsTheEmulatorServes_AreStored()
    {
        var chart = await _renderer.RenderAsync([.. ValueCombinations.Ingress, .. ValueCombinations.ReadTlsSecretsInNamespaces]);
        await using var world = await SandboxWorld.StartAsync(new SandboxWorldOptions { StartLife = false }, null, TestContext.Current.CancellationToken);
        var registry = world.Kubernetes.Registry;
        var served = chart.Objects.Where(o => registry.FindByKind((string)o["apiVersion"]!, (string)o["kind"]!) is not null).ToList();
        var notServed = chart.Objects.Except(served).Select(o => (string)o["kind"]!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(_notServedByEmulator, notServed);

        var file = Path.Combine(world.Directory, "chart.json");
        var list = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "List", ["items"] = new JsonArray([.. served.Select(o => o.DeepClone())]) };
        await File.WriteAllTextAsync(file, list.ToJsonString(), TestContext.Current.CancellationToken);
        var result = await ChildProcess.RunAsync(Kubectl(), ["--kubeconfig", world.KubeconfigPath, "--cache-dir", Path.Combine(world.Directory, "kube-cache"),
            "create", "--validate=false", "--namespace", ChartRenderer.ReleaseNamespace, "-f", file], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var item in served)
        {
            var type = registry.FindByKind((string)item["apiVersion"]!, (string)item["kind"]!)!;
            var stored = world.Kubernetes.Store.Get(type, ChartRenderer.ReleaseNamespace, RenderedChart.Name(item)!);
            Assert.True(stored is not null, $"{item["kind"]} {RenderedChart.Name(item)} was not stored");
        }

        Assert.Equal(["ConfigMap", "Deployment", "Ingress", "PersistentVolumeClaim", "Service"],
            served.Select(o => (string)o["kind"]!).Distinct().Order(StringComparer.Ordinal));
    }

    private static string Kubectl()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "kubectl"))
            .FirstOrDefault(File.Exists);
        Assert.True(found is not null, "kubectl is not on PATH (test.sh installs it).");
        return found!;
    }
}
