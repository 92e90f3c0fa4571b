namespace Dashboard.Helm.Tests;

/// <summary>Several clusters in one dashboard: the pod's own cluster plus kubeconfig contexts from an existing Secret.</summary>
public sealed class ClusterConfigurationTests(HelmTool helm)
{
    private readonly ChartRenderer _renderer = new(helm);

    [Fact]
    public async Task Clusters_Defaults_OneInClusterConnection()
    {
        var config = (await _renderer.RenderAsync()).ConfigData;

        Assert.Equal("true", config["Dashboard__Kubernetes__Clusters__0__InCluster"]);
        Assert.Equal("in-cluster", config["Dashboard__Kubernetes__Clusters__0__Name"]);
        Assert.DoesNotContain(config.Keys, k => k.StartsWith("Dashboard__Kubernetes__Clusters__1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Clusters_SeveralContexts_EachNamedWithTheMountedKubeconfig()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.SeveralClusters);

        var config = chart.ConfigData;
        Assert.Equal("homelab", config["Dashboard__Kubernetes__Clusters__0__Name"]);
        Assert.Equal(("office", "admin@office"), (config["Dashboard__Kubernetes__Clusters__1__Name"], config["Dashboard__Kubernetes__Clusters__1__Context"]));
        Assert.Equal(("pi", "pi5"), (config["Dashboard__Kubernetes__Clusters__2__Name"], config["Dashboard__Kubernetes__Clusters__2__Context"]));
        var path = config["Dashboard__Kubernetes__Clusters__1__KubeconfigPath"];
        Assert.Equal(path, config["Dashboard__Kubernetes__Clusters__2__KubeconfigPath"]);

        var mount = chart.DashboardContainer["volumeMounts"]!.AsArray().Single(m => (string?)m!["name"] == "kubeconfig")!;
        var volume = RenderedChart.Volumes(chart.Dashboard).Single(v => (string?)v["name"] == "kubeconfig")["secret"]!;
        Assert.Equal("dashboard-kubeconfigs", (string?)volume["secretName"]);
        Assert.Equal(path, $"{(string?)mount["mountPath"]}/{(string?)volume["items"]![0]!["path"]}");
        Assert.Equal("config", (string?)volume["items"]![0]!["key"]);
    }

    [Fact]
    public async Task Clusters_ContextsWithoutSecret_AreRefusedWithTheKey()
    {
        var result = await _renderer.TryRenderAsync("kubernetes.extraClusters[0].name=office", "kubernetes.extraClusters[0].context=admin@office");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("kubernetes.kubeconfigSecret.name", result.Error, StringComparison.Ordinal);
    }
}
