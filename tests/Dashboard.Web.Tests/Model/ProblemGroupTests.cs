using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Web.Model;

namespace Dashboard.Web.Tests.Model;

public sealed class ProblemGroupTests
{
    private static readonly ResourceKey Nextcloud = new("home", ResourceKind.ArgoApplication, "argocd", "nextcloud");
    private static readonly ResourceKey Grafana = new("home", ResourceKind.Certificate, "monitoring", "grafana");

    [Fact]
    public void From_SeveralProblemsOfOneItem_OneLineWithWorstSeverityAndAllDetails()
    {
        var groups = ProblemGroup.From(
        [
            Problem.For(ProblemSeverity.Critical, Nextcloud, "Degraded", "failed to apply"),
            Problem.For(ProblemSeverity.Critical, Grafana, "Certificate expires in 4 days", "Valid until 2026-11-28"),
            Problem.For(ProblemSeverity.Warning, Nextcloud, "OutOfSync", "Live state differs from 8.5.2"),
            Problem.For(ProblemSeverity.Critical, Nextcloud, "Sync failed", "failed to apply"),
        ]);

        Assert.Equal(2, groups.Count);
        Assert.Equal("Degraded · OutOfSync · Sync failed", groups[0].Title);
        Assert.Equal(ProblemSeverity.Critical, groups[0].Severity);
        Assert.Equal(["failed to apply", "Live state differs from 8.5.2"], groups[0].Details);
        Assert.Equal(Grafana, groups[1].Key);
    }

    [Fact]
    public void From_WatchProblemsWithoutKey_StaySeparatePerKind()
    {
        var groups = ProblemGroup.From(
        [
            new Problem(ProblemSeverity.Warning, "home", ResourceKind.LonghornVolume, null, "Reconnecting", null),
            new Problem(ProblemSeverity.Warning, "home", ResourceKind.Certificate, null, "Reconnecting", null),
        ]);

        Assert.Equal(2, groups.Count);
    }
}
