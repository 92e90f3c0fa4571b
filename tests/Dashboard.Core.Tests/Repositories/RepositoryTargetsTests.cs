using Dashboard.Core.GitOps;
using static Dashboard.Core.Tests.Repositories.RepositoryWorld;

namespace Dashboard.Core.Tests.Repositories;

public sealed class RepositoryTargetsTests
{
    [Fact]
    public void Derive_ArgoAndFluxOnSameBranch_OneTargetUsedByBoth()
    {
        var cluster = Snapshot(FluxSource(), Argo("whoami", "argocd/whoami", "c1"), Kustomization("apps", "./apps/production", "c1"));

        var (targets, ignored) = RepositoryTargets.Derive(cluster, []);

        var target = Assert.Single(targets);
        Assert.Equal(Main, target.Key);
        Assert.Equal(
            ["FluxGitRepository flux-system/flux-system", "ArgoApplication argocd/whoami", "FluxKustomization flux-system/apps"],
            target.UsedBy);
        Assert.Empty(ignored);
    }

    [Fact]
    public void Derive_HelmRepositoryTagAndOtherHost_IgnoredWithReasons()
    {
        var cluster = Snapshot(
            Argo("uptime-kuma", "", "2.18.0", repoUrl: "https://helm.irsigler.cloud", target: "2.18.0", chart: "uptime-kuma"),
            Argo("tagged", "deploy", "c1", target: "v1.2.3"),
            Argo("gitlab", "deploy", "c1", repoUrl: "https://gitlab.com/me/infra.git"),
            FluxSource(url: "ssh://git@github.com/example/homelab", branch: null, name: "pinned"));

        var (targets, ignored) = RepositoryTargets.Derive(cluster, []);

        Assert.Empty(targets);
        Assert.Contains(ignored, i => i.Url == "https://helm.irsigler.cloud" && i.Reason.Contains("Helm chart", StringComparison.Ordinal));
        Assert.Contains(ignored, i => i.UsedBy.EndsWith("tagged", StringComparison.Ordinal) && i.Reason.Contains("tag", StringComparison.Ordinal));
        Assert.Contains(ignored, i => i.Url.Contains("gitlab", StringComparison.Ordinal) && i.Reason.Contains("gitlab.com", StringComparison.Ordinal));
        Assert.Contains(ignored, i => i.UsedBy.EndsWith("pinned", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_EnterpriseHostAndConfiguredExtra_Included()
    {
        var cluster = Snapshot(Argo("internal", "k8s", "c1", repoUrl: "https://ghe.example.com/ops/cluster.git"));
        var extra = new ConfiguredRepository("https://github.com/homelab/docs", "trunk", PullRequestMode: true);

        var (targets, _) = RepositoryTargets.Derive(cluster, [extra], gitHubHost: "ghe.example.com");

        Assert.Equal(["homelab/docs@trunk", "ops/cluster@main"], targets.Select(t => t.Key.ToString()));
        Assert.True(targets[0].PullRequestMode);
    }
}
