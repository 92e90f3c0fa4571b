using System.Collections.Immutable;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Dashboard.Testing;
using Dashboard.Web.Model.Commits;
using static Dashboard.Web.Tests.Components.CommitTestData;

namespace Dashboard.Web.Tests.Model;

public sealed class CommitsPageModelTests
{
    [Fact]
    public void Sections_SeveralBranches_ReadableFirstThenByRepositoryAndBranch()
    {
        var repositories = Snapshot(Failing("alpha"), State(branch: Main with { Branch = "staging" }), State());

        var sections = CommitsPageModel.Sections(ClusterSnapshot.Empty, repositories);

        Assert.Equal(["homelab/fleet-infra@main", "homelab/fleet-infra@staging", "homelab/alpha@main"], sections.Select(s => s.Key.ToString()));
    }

    [Fact]
    public void PathSegments_NestedPath_BreaksAfterEachSlash()
    {
        Assert.Equal(["apps/", "base/", "release.yaml"], CommitsPageModel.PathSegments("apps/base/release.yaml"));
        Assert.Equal(["NOTICE.md"], CommitsPageModel.PathSegments("NOTICE.md"));
    }

    [Fact]
    public void Row_ManyPathsAndApps_ShowsFirstPathsAndChipsRunningPendingReached()
    {
        var podinfo = Build.App("podinfo");
        var grafana = Build.App("grafana");
        var link = new CommitLink(History[0], [grafana], [podinfo], [Build.App("loki")]);

        var row = CommitsPageModel.Row(link);

        Assert.Equal(["apps/grafana/values.yaml", "apps/grafana/release.yaml", "infra/a.yaml"], row.ShownPaths);
        Assert.Equal(2, row.MorePaths);
        Assert.Equal(["running on grafana", "pending for podinfo", "reached loki"], row.Apps.Select(a => a.Text));
        Assert.Equal(["success", "warning", "default"], row.Apps.Select(a => a.Tone));
        Assert.Equal("apps/home/application/argocd/grafana", row.Apps[0].Href);
    }

    [Fact]
    public void Row_ChangedPathsUnknown_ShowsNoPaths()
    {
        var commit = History[1] with { ChangedPaths = null };

        var row = CommitsPageModel.Row(new CommitLink(commit, [], [], []));

        Assert.Null(row.ShownPaths);
        Assert.Equal(0, row.MorePaths);
    }

    [Fact]
    public void Sections_EnterpriseRepository_LinksAppsOnThatHost()
    {
        var app = Build.App("podinfo", revision: C3) with { Source = new AppSource("https://git.corp.example/homelab/fleet-infra.git", "apps/podinfo", "main") };
        var cluster = Cluster(app);
        var repositories = Snapshot(State() with { Url = "https://git.corp.example/homelab/fleet-infra.git" });

        var sections = CommitsPageModel.Sections(cluster, repositories);

        Assert.Equal("git.corp.example", GitHubHost.Of(repositories));
        Assert.Equal(["running on podinfo"], sections[0].Rows[2].Apps.Select(a => a.Text));
    }

    [Fact]
    public void RateLimitTone_BelowATenthLeft_Warns()
    {
        Assert.Equal("warning", new BranchSection(State() with { RateLimitRemaining = 400 }, []).RateLimitTone);
        Assert.Equal("default", new BranchSection(State(), []).RateLimitTone);
        Assert.Null(new BranchSection(Failing("x"), []).RateLimitText);
    }

    internal static RepositorySnapshot Snapshot(params RepositoryState[] states) =>
        RepositorySnapshot.Empty with { Branches = states.ToImmutableDictionary(s => s.Key) };

    internal static ClusterSnapshot Cluster(params AppStatus[] apps)
    {
        var store = new ClusterStore();
        foreach (var app in apps)
        {
            store.Upsert(app);
        }

        return store.Current;
    }
}
