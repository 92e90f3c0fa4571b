using Dashboard.Core.Cluster;
using Dashboard.Testing;
using Dashboard.Web.Model.Commits;
using static Dashboard.Web.Tests.Components.CommitTestData;
using static Dashboard.Web.Tests.Model.CommitsPageModelTests;

namespace Dashboard.Web.Tests.Model;

public sealed class AppCommitsModelTests
{
    [Fact]
    public void For_AppBehindHead_PendingTouchingItsPathNewestFirst()
    {
        var app = Build.App("grafana", revision: C4);

        var view = AppCommitsModel.For(Cluster(app), Snapshot(State()), app);

        Assert.Null(view.CannotTell);
        Assert.Equal([C1, C3], view.Pending.Select(c => c.Sha));
        Assert.Equal(C1, view.Head);
        Assert.Null(view.Warning);
    }

    [Fact]
    public void For_HelmChartRepository_CannotTellAndSaysWhy()
    {
        var app = Build.App("loki") with { Source = new AppSource("https://grafana.github.io/helm-charts", "", "6.2.0", Chart: "loki") };

        var view = AppCommitsModel.For(Cluster(app), Snapshot(State()), app);

        Assert.False(view.UpToDate);
        Assert.Contains("Helm chart repository", view.CannotTell, StringComparison.Ordinal);
    }

    [Fact]
    public void For_BranchNotPolledYet_SaysNotReadYet()
    {
        var app = Build.App("podinfo", revision: C3);

        var view = AppCommitsModel.For(Cluster(app), Snapshot(), app);

        Assert.Equal("homelab/fleet-infra@main is not read yet.", view.CannotTell);
    }

    [Fact]
    public void For_DeployedRevisionOlderThanWindow_ListsAllTouchingAndWarns()
    {
        var app = Build.App("podinfo", revision: "9999999999999999999999999999999999999999");

        var view = AppCommitsModel.For(Cluster(app), Snapshot(State()), app);

        Assert.Equal([C2, C4], view.Pending.Select(c => c.Sha));
        Assert.Contains("not among the 4 recent commits", view.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void For_LastPollFailedButCommitsKnown_AnswersWithStaleWarning()
    {
        var app = Build.App("podinfo", revision: C2);

        var view = AppCommitsModel.For(Cluster(app), Snapshot(State() with { Error = "GitHub answered 502" }), app);

        Assert.True(view.UpToDate);
        Assert.Contains("last poll failed (GitHub answered 502)", view.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void For_RepositoryOwnerCasingDiffers_StillFindsTheBranch()
    {
        var app = Build.App("podinfo", revision: C3) with { Source = new AppSource("https://github.com/HomeLab/Fleet-Infra", "apps/podinfo", "main") };

        var view = AppCommitsModel.For(Cluster(app), Snapshot(State()), app);

        Assert.Equal([C2], view.Pending.Select(c => c.Sha));
    }
}
