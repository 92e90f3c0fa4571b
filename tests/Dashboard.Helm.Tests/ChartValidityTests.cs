using System.Security.Cryptography;
using Dashboard.Testing;
using Dashboard.Web.Configuration;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Helm.Tests;

/// <summary>Every value combination renders, matches the Kubernetes 1.33 schemas and configures the app with keys it accepts.</summary>
public sealed class ChartValidityTests(HelmTool helm)
{
    private readonly ChartRenderer _renderer = new(helm);

    [Theory]
    [MemberData(nameof(ValueCombinations.All), MemberType = typeof(ValueCombinations))]
    public async Task Render_Combination_EveryObjectMatchesKubernetesSchema(string combination, string[] sets)
    {
        var chart = await _renderer.RenderAsync(sets);

        Assert.NotEmpty(chart.Objects);
        Assert.True(chart.SchemaErrors.Count == 0, $"{combination}:\n{string.Join('\n', chart.SchemaErrors)}");
    }

    [Theory]
    [MemberData(nameof(ValueCombinations.All), MemberType = typeof(ValueCombinations))]
    public async Task Render_Combination_ConfigMapIsAcceptedByTheApp(string combination, string[] sets)
    {
        var chart = await _renderer.RenderAsync(sets);
        using var pod = new TempDirectory("helm-pod");

        // The same path the app takes: Dashboard__A__B environment variables → Dashboard:A:B → DashboardOptions,
        // with the files the pod mounts (secrets, kubeconfig) present under a temp root, as the validator checks they exist.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(chart.ConfigData.Select(p => KeyValuePair.Create(p.Key.Replace("__", ":", StringComparison.Ordinal), (string?)MountedFile(pod, p.Key, p.Value))))
            .Build();
        var section = configuration.GetSection(DashboardOptions.SectionName);
        var unknown = ConfigurationKeyChecker.Check(section, typeof(DashboardOptions));
        Assert.True(unknown.Count == 0, $"{combination}: {string.Join("; ", unknown)}");
        var options = section.Get<DashboardOptions>() ?? new DashboardOptions();
        var result = new DashboardOptionsValidator().Validate(null, options);
        Assert.True(result.Succeeded, $"{combination}: {result.FailureMessage}");
        Assert.Equal("/data/dashboard.db", options.Data.Path);
    }

    /// <summary>A *File or KubeconfigPath setting pointing into a pod mount becomes a real file under <paramref name="pod"/>.</summary>
    private static string MountedFile(TempDirectory pod, string key, string value)
    {
        if (!(key.EndsWith("File", StringComparison.Ordinal) || key.EndsWith("KubeconfigPath", StringComparison.Ordinal)) || !value.StartsWith('/'))
        {
            return value;
        }

        var local = Path.Combine(pod.Path, value.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        if (local.EndsWith(".pem", StringComparison.Ordinal))
        {
            // The validator parses the GitHub App key: give it a real (throwaway) one.
            using var rsa = RSA.Create(2048);
            File.WriteAllText(local, rsa.ExportRSAPrivateKeyPem());
        }
        else
        {
            File.WriteAllText(local, "placeholder");
        }

        return local;
    }

    [Fact]
    public async Task Render_ValidatorOnBrokenObject_ReportsIt()
    {
        // The validator is not a rubber stamp: a wrong type in a real template is reported with its path.
        var chart = await _renderer.RenderAsync("service.port=80");
        var broken = chart.Yaml.Replace("port: 80", "port: eighty", StringComparison.Ordinal);
        using var temp = new TempDirectory("helm-broken");
        var file = temp.File("broken.yaml");
        await File.WriteAllTextAsync(file, broken, TestContext.Current.CancellationToken);

        var result = await ChildProcess.RunAsync("node", [Path.Combine(helm.ToolsDirectory, "validate-manifests.cjs"), file], helm.ToolsDirectory, TestContext.Current.CancellationToken);

        Assert.Contains("Service rel-dashboard", result.Output, StringComparison.Ordinal);
        Assert.Contains("port must be integer", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ValidatorOnMisspelledField_ReportsTheUnknownField()
    {
        // The OpenAPI schemas accept unknown fields (the API server drops them silently); the validator does not.
        var chart = await _renderer.RenderAsync();
        var misspelled = chart.Yaml.Replace("readOnlyRootFilesystem:", "readOnlyRootFilesytem:", StringComparison.Ordinal);
        using var temp = new TempDirectory("helm-misspelled");
        var file = temp.File("misspelled.yaml");
        await File.WriteAllTextAsync(file, misspelled, TestContext.Current.CancellationToken);

        var result = await ChildProcess.RunAsync("node", [Path.Combine(helm.ToolsDirectory, "validate-manifests.cjs"), file], helm.ToolsDirectory, TestContext.Current.CancellationToken);

        Assert.Contains("spec.template.spec.containers[0].securityContext.readOnlyRootFilesytem: unknown field", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OlderKubernetes_IsRefusedByKubeVersion()
    {
        var result = await ChildProcess.RunAsync(helm.HelmPath, ["template", "rel", helm.ChartDirectory, "--kube-version", "1.32.0"],
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("kubeVersion", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("git.tokn.existingSecret=x", "tokn")]
    [InlineData("rbac.scope=namespaced", "namespaces")]
    [InlineData("cloudflared.enabled=true", "tokenSecret")]
    [InlineData("cloudflared.image.tag=latest", "tag")]
    [InlineData("extraEnv.Dashboard__Git__Token=ghp_x", "Dashboard__Git__Token")]
    [InlineData("auth.mode=Basic", "mode")]
    public async Task Render_InvalidValues_AreRefusedBySchema(string set, string named)
    {
        var result = await _renderer.TryRenderAsync(set);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("schema", result.Error, StringComparison.Ordinal);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Chart_Passes()
    {
        var result = await ChildProcess.RunAsync(helm.HelmPath, ["lint", helm.ChartDirectory, "--strict", "--kube-version", HelmTool.KubeVersion],
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }
}
