using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model.Status;
using Microsoft.Extensions.Time.Testing;
using static Dashboard.Web.Tests.Model.Status.StatusSnapshots;

namespace Dashboard.Web.Tests.Model.Status;

public sealed class StatusPageModelTests
{
    private static readonly ProblemFinder Finder = new(new FakeTimeProvider(Now));

    [Fact]
    public void From_EverythingFine_AllGreenWithEmptyLists()
    {
        var model = StatusPageModel.From(Of(App("web", HealthState.Healthy), Certificate("web", TimeSpan.FromDays(60)), Volume("data", "healthy")), Finder, Now);

        Assert.Equal("All green", model.Verdict);
        Assert.Equal("success", model.Tone);
        Assert.Empty(model.Problems);
        Assert.Empty(model.Certificates);
        Assert.Empty(model.Volumes);
        Assert.Equal(Now, model.DataTime);
    }

    [Fact]
    public void From_DegradedAppExpiringCertificateFaultedVolume_ListsEachWithLinks()
    {
        var snapshot = Of(
            App("nextcloud", HealthState.Degraded, SyncState.OutOfSync),
            App("web", HealthState.Healthy),
            Certificate("soon", TimeSpan.FromDays(10)),
            Certificate("gone", TimeSpan.FromDays(-1)),
            Certificate("fine", TimeSpan.FromDays(80)),
            Volume("data", "faulted"),
            Volume("cache", "degraded"),
            Volume("ok", "healthy"));

        var model = StatusPageModel.From(snapshot, Finder, Now);

        Assert.Equal("error", model.Tone);
        Assert.StartsWith("3 critical", model.Verdict, StringComparison.Ordinal);
        Assert.Contains(model.Problems, p => p.Name == "argocd/nextcloud" && p.Link == "apps/home/application/argocd/nextcloud");
        Assert.Equal(["web/gone", "web/soon"], model.Certificates.Select(c => c.Name));
        Assert.Equal("expired 1 d ago", model.Certificates[0].Title);
        Assert.Equal("expires in 10 d", model.Certificates[1].Title);
        Assert.Equal("certificates?focus=web/soon", model.Certificates[1].Link);
        Assert.Equal(["data", "cache"], model.Volumes.Select(v => v.Name));
        Assert.Equal(["error", "warning"], model.Volumes.Select(v => v.Tone));
        Assert.Equal("1/3 replicas", model.Volumes[0].Detail);
    }

    [Fact]
    public void From_WatchReconnecting_NeverAllGreenAndSaysSo()
    {
        var model = StatusPageModel.From(Of(WatchPhase.Reconnecting, App("web", HealthState.Healthy)), Finder, Now);

        Assert.NotEqual("All green", model.Verdict);
        Assert.NotEqual("success", model.Tone);
        Assert.Equal("Reconnecting: data may be out of date", model.Freshness.Text);
    }

    [Fact]
    public void From_ManyProblems_ListsTheWorstAndCountsTheRest()
    {
        var apps = Enumerable.Range(1, 8).Select(i => (IClusterItem)App($"app-{i}", HealthState.Degraded)).ToArray();

        var model = StatusPageModel.From(Of(apps), Finder, Now);
        var html = StatusPageRenderer.Render(model);

        Assert.Equal(StatusPageModel.MaxProblems, model.Problems.Count);
        Assert.Equal(8, model.ProblemCount);
        Assert.Equal(2, model.MoreProblems);
        Assert.Contains("<a href=\"/\">2 more on the Overview</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#problems\">8 problems</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("short", "short")]
    public void Shorten_ShortOrMissing_Unchanged(string? text, string? expected) => Assert.Equal(expected, StatusPageModel.Shorten(text));

    [Fact]
    public void Shorten_LongControllerMessage_CutWithEllipsis()
    {
        var shortened = StatusPageModel.Shorten(new string('x', 500))!;

        Assert.Equal(StatusPageModel.MaxDetailLength, shortened.Length);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
    }

    [Fact]
    public void From_EmptySnapshot_ConnectingNotAllGreen()
    {
        var model = StatusPageModel.From(ClusterSnapshot.Empty, Finder, Now);

        Assert.Equal("Connecting to the cluster…", model.Freshness.Text);
        Assert.Empty(model.Problems);
    }
}
