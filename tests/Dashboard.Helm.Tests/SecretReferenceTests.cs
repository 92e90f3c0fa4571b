using System.Text.RegularExpressions;
using Dashboard.Testing;

namespace Dashboard.Helm.Tests;

/// <summary>Secrets reach the pod only as files from existing Secrets; the chart itself holds and renders no secret value.</summary>
public sealed partial class SecretReferenceTests(HelmTool helm)
{
    private readonly ChartRenderer _renderer = new(helm);

    [Fact]
    public async Task ExistingSecrets_AreMountedAsFilesTheAppReads()
    {
        var chart = await _renderer.RenderAsync([.. ValueCombinations.ExistingSecrets, .. ValueCombinations.GitHubApp]);

        var config = chart.ConfigData;
        var expected = new Dictionary<string, (string Secret, string Key)>
        {
            ["Dashboard__Git__TokenFile"] = ("dashboard-git", "token"),
            ["Dashboard__Git__WebhookSecretFile"] = ("dashboard-git", "webhook"),
            ["Dashboard__Git__PrivateKeyFile"] = ("dashboard-github-app", "private-key.pem"),
            ["Dashboard__Auth__OpenIdConnect__ClientSecretFile"] = ("dashboard-oidc", "client-secret"),
        };
        var mount = chart.DashboardContainer["volumeMounts"]!.AsArray().Single(m => (string?)m!["name"] == "secrets")!;
        Assert.True((bool)mount["readOnly"]!);
        var sources = RenderedChart.Volumes(chart.Dashboard).Single(v => (string?)v["name"] == "secrets")["projected"]!["sources"]!.AsArray()
            .Select(s => s!["secret"]!)
            .ToDictionary(s => $"{(string)mount["mountPath"]!}/{(string)s["items"]![0]!["path"]!}", s => ((string)s["name"]!, (string)s["items"]![0]!["key"]!));
        foreach (var (setting, reference) in expected)
        {
            Assert.True(config.TryGetValue(setting, out var file), $"{setting} is not set");
            Assert.StartsWith("/run/secrets/dashboard/", file, StringComparison.Ordinal);
            Assert.Equal(reference, sources[file]);
        }

        Assert.Equal("12345", config["Dashboard__Git__AppId"]);
        Assert.Equal("678", config["Dashboard__Git__InstallationId"]);
    }

    [Theory]
    [MemberData(nameof(ValueCombinations.All), MemberType = typeof(ValueCombinations))]
    public async Task Render_Combination_HoldsNoSecretValue(string combination, string[] sets)
    {
        var chart = await _renderer.RenderAsync(sets);

        Assert.Empty(chart.OfKind("Secret"));
        Assert.DoesNotContain(chart.ConfigData.Keys, key => SecretSetting().IsMatch(key));
        foreach (var container in chart.OfKind("Deployment").SelectMany(RenderedChart.Containers))
        {
            foreach (var variable in container["env"]?.AsArray() ?? [])
            {
                var name = (string)variable!["name"]!;
                if (name.Contains("TOKEN", StringComparison.OrdinalIgnoreCase) || name.Contains("SECRET", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(variable["value"] is null && variable["valueFrom"]?["secretKeyRef"] is not null, $"{combination}: {name} must come from a Secret");
                }
            }
        }
    }

    [Fact]
    public void ChartFiles_ContainNoSecretMaterial()
    {
        var chart = Path.Combine(RepositoryRoot.Path, "deploy", "helm", "dashboard");
        foreach (var file in Directory.EnumerateFiles(chart, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file);
            Assert.DoesNotMatch(SecretMaterial(), text);
            Assert.False(Regex.IsMatch(text, @"^kind:\s*Secret\b", RegexOptions.Multiline), $"{relative} defines a Secret");
            Assert.DoesNotContain("stringData", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cloudflared_Token_ComesFromTheNamedSecret()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.CloudflaredSidecar);

        var tunnel = RenderedChart.Containers(chart.Dashboard).Single(c => (string?)c["name"] == "cloudflared");
        var token = tunnel["env"]!.AsArray().Single(e => (string?)e!["name"] == "TUNNEL_TOKEN")!;
        Assert.Equal("cloudflared-token", (string?)token["valueFrom"]!["secretKeyRef"]!["name"]);
        Assert.Equal("token", (string?)token["valueFrom"]!["secretKeyRef"]!["key"]);
    }

    /// <summary>Settings that would carry a secret value instead of a file path.</summary>
    [GeneratedRegex(@"(Token|WebhookSecret|ClientSecret)$")]
    private static partial Regex SecretSetting();

    /// <summary>GitHub tokens, private keys, JWT-looking Cloudflare tunnel tokens.</summary>
    [GeneratedRegex(@"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_|-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[A-Za-z0-9_-]{20,}")]
    private static partial Regex SecretMaterial();
}
