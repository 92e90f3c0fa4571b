using System.Text.Json.Nodes;

namespace Dashboard.Helm.Tests;

/// <summary>The pod runs hardened: non-root, read-only root, no capabilities, RuntimeDefault seccomp, one replica, bounded resources.</summary>
public sealed class SecurityContextTests(HelmTool helm)
{
    private readonly ChartRenderer _renderer = new(helm);

    [Fact]
    public async Task Deployment_Defaults_OneReplicaRecreatedNeverRolled()
    {
        var chart = await _renderer.RenderAsync();

        var spec = chart.Dashboard["spec"]!;
        Assert.Equal(1, (int)spec["replicas"]!);
        Assert.Equal("Recreate", (string?)spec["strategy"]!["type"]);
    }

    [Theory]
    [MemberData(nameof(ValueCombinations.All), MemberType = typeof(ValueCombinations))]
    public async Task Containers_Combination_AreHardened(string combination, string[] sets)
    {
        var chart = await _renderer.RenderAsync(sets);

        foreach (var deployment in chart.OfKind("Deployment"))
        {
            var pod = deployment["spec"]!["template"]!["spec"]!;
            Assert.True((bool)pod["securityContext"]!["runAsNonRoot"]!, combination);
            Assert.Equal("RuntimeDefault", (string?)pod["securityContext"]!["seccompProfile"]!["type"]);
            foreach (var container in RenderedChart.Containers(deployment))
            {
                var context = container["securityContext"]!;
                var what = $"{combination}: container {(string?)container["name"]}";
                Assert.True((bool)context["readOnlyRootFilesystem"]!, what);
                Assert.False((bool)context["allowPrivilegeEscalation"]!, what);
                Assert.False((bool)context["privileged"]!, what);
                Assert.True((bool)context["runAsNonRoot"]!, what);
                Assert.Equal(["ALL"], context["capabilities"]!["drop"]!.AsArray().Select(c => (string?)c));
                Assert.Null(context["capabilities"]!["add"]);
                Assert.Equal("RuntimeDefault", (string?)context["seccompProfile"]!["type"]);
                Assert.NotNull(container["resources"]!["requests"]!["memory"]);
                Assert.NotNull(container["resources"]!["limits"]!["memory"]);
            }
        }
    }

    [Fact]
    public async Task Dashboard_Defaults_WritesOnlyToDataAndTmp()
    {
        var chart = await _renderer.RenderAsync();

        var mounts = chart.DashboardContainer["volumeMounts"]!.AsArray().ToDictionary(m => (string)m!["mountPath"]!, m => (string)m!["name"]!);
        Assert.Equal(new Dictionary<string, string> { ["/data"] = "data", ["/tmp"] = "tmp" }, mounts);
        var volumes = RenderedChart.Volumes(chart.Dashboard).ToDictionary(v => (string)v["name"]!);
        Assert.NotNull(volumes["tmp"]["emptyDir"]);
        Assert.Equal("rel-dashboard", (string?)volumes["data"]["persistentVolumeClaim"]!["claimName"]);
        Assert.Equal(1654L, (long)chart.Dashboard["spec"]!["template"]!["spec"]!["securityContext"]!["fsGroup"]!);
    }

    [Fact]
    public async Task Dashboard_Defaults_ProbesHealthzAndReadyz()
    {
        var container = (await _renderer.RenderAsync()).DashboardContainer;

        Assert.Equal("/healthz", (string?)container["livenessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/readyz", (string?)container["readinessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/healthz", (string?)container["startupProbe"]!["httpGet"]!["path"]);
        Assert.Equal(8080, (int)container["ports"]![0]!["containerPort"]!);
    }

    [Fact]
    public async Task Resources_Defaults_ComeFromValues()
    {
        var resources = (await _renderer.RenderAsync()).DashboardContainer["resources"]!;

        Assert.Equal("256Mi", (string?)resources["requests"]!["memory"]);
        Assert.Equal("512Mi", (string?)resources["limits"]!["memory"]);
    }

    [Fact]
    public async Task Persistence_ExistingClaim_UsesItAndCreatesNone()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.ExistingClaim);

        Assert.Empty(chart.OfKind("PersistentVolumeClaim"));
        var data = RenderedChart.Volumes(chart.Dashboard).Single(v => (string?)v["name"] == "data");
        Assert.Equal("dashboard-data", (string?)data["persistentVolumeClaim"]!["claimName"]);
    }

    [Fact]
    public async Task Service_CloudflaredDeployment_SelectsOnlyTheDashboardPods()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.CloudflaredDeployment);

        var selector = chart.Single("Service")["spec"]!["selector"]!.AsObject();
        var dashboardLabels = chart.Dashboard["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();
        var tunnelLabels = chart.Single("Deployment", "rel-dashboard-cloudflared")["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();
        Assert.True(Matches(selector, dashboardLabels));
        Assert.False(Matches(selector, tunnelLabels));
        Assert.False((bool)chart.Single("Deployment", "rel-dashboard-cloudflared")["spec"]!["template"]!["spec"]!["automountServiceAccountToken"]!);
    }

    [Fact]
    public async Task Cloudflared_Sidecar_PinnedImageAndTrustedLoopback()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.CloudflaredSidecar);

        var tunnel = RenderedChart.Containers(chart.Dashboard).Single(c => (string?)c["name"] == "cloudflared");
        Assert.Matches(@"^cloudflare/cloudflared:\d{4}\.\d+\.\d+$", (string?)tunnel["image"]);
        Assert.DoesNotContain(chart.OfKind("Deployment"), d => RenderedChart.Name(d) == "rel-dashboard-cloudflared");
        Assert.Equal("127.0.0.1", chart.ConfigData["Dashboard__Auth__ForwardedHeaders__KnownProxies__0"]);
    }

    private static bool Matches(JsonObject selector, JsonObject labels) =>
        selector.All(s => labels.TryGetPropertyValue(s.Key, out var value) && (string?)value == (string?)s.Value);
}
