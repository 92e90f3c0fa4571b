using Dashboard.Core.Actions;
using Dashboard.Core.History;
using Dashboard.Testing;
using Dashboard.Web.Model.Activity;

namespace Dashboard.Web.Tests.Model;

public sealed class ActivityTimelineTests
{
    [Fact]
    public void Build_TransitionsAndActions_MergesNewestFirstAndCutsAtLimit()
    {
        var key = Build.App("podinfo").Key;
        var page = new ActivityPage(
            [new TransitionRecord(1, Build.Now.AddMinutes(-3), key, "sync", "Synced", "OutOfSync", null),
             new TransitionRecord(2, Build.Now.AddMinutes(-1), key, "revision", "4f2c1a9e0b7d6c5a", "9a8b7c6d5e4f3a2b", null)],
            [Action(7, Build.Now.AddMinutes(-2), key.ToString())]);

        var rows = ActivityTimeline.Build(page, limit: 2);

        Assert.Equal(["t2", "a7"], rows.Select(r => r.Id));
        Assert.Equal(("4f2c1a9", "9a8b7c6"), (rows[0].From, rows[0].To));
        Assert.Equal("apps/home/application/argocd/podinfo", rows[1].Link);
    }

    [Fact]
    public void FromAction_UnparsableTarget_KeepsTheTextWithoutLink()
    {
        var row = ActivityTimeline.FromAction(Action(1, Build.Now, "something odd"));

        Assert.Equal(("something odd", (string?)null, "warning"), (row.Name, row.Link, row.OutcomeTone));
    }

    [Theory]
    [InlineData("home/ArgoApplication/argocd/podinfo", "argocd", "podinfo")]
    [InlineData("home/LonghornVolume/data", "", "data")]
    public void TryParse_KeyAsPrinted_RoundTrips(string target, string ns, string name)
    {
        var key = AuditTargets.TryParse(target);

        Assert.Equal((ns, name, target), (key?.Namespace, key?.Name, key?.ToString()));
    }

    [Fact]
    public void ActivityFilter_LoadMoreThenNewSearch_GrowsBoundedAndResets()
    {
        var filter = new ActivityFilter();
        for (var i = 0; i < 30; i++)
        {
            filter = filter.More();
        }

        Assert.Equal(ActivityQuery.MaxLimit, filter.Limit);
        Assert.False(filter.CanLoadMore(ActivityQuery.MaxLimit));
        Assert.Equal(ActivityFilter.PageSize, filter.WithSearch("x").Limit);
        Assert.Null(filter.WithSearch("  ").ToQuery().Search);
    }

    private static AuditRecord Action(long id, DateTimeOffset at, string target) =>
        new(id, at, at, "alice", "rollback", target, "homelab/fleet-infra", "main", null, null, null, null, AuditState.Denied, "viewer");
}
