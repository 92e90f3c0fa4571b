using Dashboard.Core.Cluster;
using Dashboard.Testing;
using Dashboard.Web.Model;

namespace Dashboard.Web.Tests.Model;

public sealed class HistoryStepsTests
{
    [Fact]
    public void Of_ThreeDeployments_NewestFirstEachWithItsPredecessor()
    {
        var app = Build.App("whoami") with
        {
            History =
            [
                new SyncHistoryEntry(1, "aaaaaaa1", null, Build.Now.AddDays(-3)),
                new SyncHistoryEntry(3, "ccccccc3", null, Build.Now.AddDays(-1)),
                new SyncHistoryEntry(2, "bbbbbbb2", null, Build.Now.AddDays(-2)),
            ],
        };

        var steps = HistorySteps.Of(app);

        Assert.Equal([("ccccccc3", "bbbbbbb2"), ("bbbbbbb2", "aaaaaaa1"), ("aaaaaaa1", null)],
            steps.Select(s => (s.Entry.Revision, s.Previous)));
    }

    [Fact]
    public void Of_ChartVersionsNotCommits_NoDiff()
    {
        var app = Build.App("podinfo") with
        {
            History =
            [
                new SyncHistoryEntry(1, "6.7.0", null, Build.Now.AddDays(-2)),
                new SyncHistoryEntry(2, "6.8.0", null, Build.Now.AddDays(-1)),
            ],
        };

        Assert.All(HistorySteps.Of(app), s => Assert.Null(s.Previous));
    }
}
