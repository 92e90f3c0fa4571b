using Bunit;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Dashboard.Testing;
using Dashboard.Web.Components.Pages;
using static Dashboard.Web.Tests.Components.CommitTestData;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Commits page and the app page's commits, rendered from hand-filled cluster and repository stores.</summary>
public sealed class CommitsPageTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly ClusterStore _cluster;
    private readonly RepositoryStore _repositories;

    public CommitsPageTests()
    {
        _cluster = _context.WithDashboardServices();
        _repositories = _context.Services.GetRequiredService<RepositoryStore>();
        _cluster.MarkAllWatching();
    }

    [Fact]
    public void Commits_BranchWithApps_ListsNewestFirstWithRunningPendingReachedChips()
    {
        _cluster.Upsert(Build.App("podinfo", revision: C3));
        _cluster.Upsert(Build.App("grafana", revision: C1));
        _repositories.Upsert(State());

        var page = _context.Render<Commits>();

        Assert.Equal([C1, C2, C3, C4], page.FindAll("[data-testid=commit-row]").Select(r => r.GetAttribute("data-sha")));
        Assert.Equal(["running:grafana"], Chips(page, C1));
        Assert.Equal(["pending:podinfo"], Chips(page, C2));
        Assert.Equal(["running:podinfo", "reached:grafana"], Chips(page, C3));
        Assert.Equal(["reached:grafana", "reached:podinfo"], Chips(page, C4));
        var pending = page.Find($"[data-sha='{C2}'] [data-testid=commit-app]");
        Assert.Equal("apps/home/application/argocd/podinfo", pending.GetAttribute("href"));
        Assert.Equal("pending for podinfo", pending.TextContent.Trim());
        Assert.Contains("status-warning", pending.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("status-success", page.Find($"[data-sha='{C1}'] [data-testid=commit-app]").InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Commits_CommitRow_ShowsShortShaSubjectAuthorAgeAndFirstPaths()
    {
        _repositories.Upsert(State());

        var page = _context.Render<Commits>();

        var row = page.Find($"[data-sha='{C1}']");
        Assert.Contains("1111111", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("grafana: bump chart to 8.5.1", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Renovate", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Jane Doe", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 min ago", row.TextContent, StringComparison.Ordinal);
        var paths = row.QuerySelector("[data-testid=commit-paths]")!.TextContent;
        Assert.Contains("apps/grafana/values.yaml", paths, StringComparison.Ordinal);
        Assert.DoesNotContain("infra/b.yaml", paths, StringComparison.Ordinal);
        Assert.Contains("+2 more", paths, StringComparison.Ordinal);
        var section = page.Find("[data-testid=commit-section]");
        Assert.Equal("homelab/fleet-infra", section.GetAttribute("data-repo"));
        Assert.Contains("4990 of 5000 API calls left", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("polled 1 min ago", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Commits_FailingRepository_ShowsItsErrorNextToTheHealthyOne()
    {
        _repositories.Upsert(State());
        _repositories.Upsert(Failing("private-infra"));

        var page = _context.Render<Commits>();

        var failing = page.FindAll("[data-testid=commit-section]").Single(s => s.GetAttribute("data-repo") == "homelab/private-infra");
        Assert.Contains("404 Not Found", failing.QuerySelector("[data-testid=repo-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(failing.QuerySelectorAll("[data-testid=commit-row]"));
        Assert.Equal(4, page.FindAll("[data-testid=commit-row]").Count);
    }

    [Fact]
    public void Commits_RepositoryStoreChangesAfterRender_RerendersWithoutReload()
    {
        var page = _context.Render<Commits>();
        Assert.NotNull(page.Find("[data-testid=commits-empty]"));

        _repositories.Upsert(State());

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=commit-row]").Count), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Commits_ClusterStoreChangesAfterRender_MovesTheRunningChip()
    {
        _cluster.Upsert(Build.App("podinfo", revision: C3));
        _repositories.Upsert(State());
        var page = _context.Render<Commits>();
        Assert.Equal(["pending:podinfo"], Chips(page, C2));

        _cluster.Upsert(Build.App("podinfo", revision: C2));

        page.WaitForAssertion(() => Assert.Equal(["running:podinfo"], Chips(page, C2)), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void AppCommits_AppBehindHead_ListsOnlyPendingCommitsTouchingItsPath()
    {
        _cluster.Upsert(Build.App("podinfo", revision: C4));
        _repositories.Upsert(State());

        var page = RenderApp("podinfo");

        Assert.Equal([C2], page.FindAll("[data-testid=app-pending-commit]").Select(r => r.GetAttribute("data-sha")));
        Assert.Contains("podinfo: image 6.7.1", page.Find("[data-testid=app-pending-commit]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 pending commit", page.Find("[data-testid=app-commits]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AppCommits_AppAtHead_SaysUpToDateWithBranchHead()
    {
        _cluster.Upsert(Build.App("grafana", revision: C1));
        _repositories.Upsert(State());

        var page = RenderApp("grafana");

        Assert.Empty(page.FindAll("[data-testid=app-pending-commit]"));
        Assert.Equal("up to date with main head 1111111", page.Find("[data-testid=app-commits-uptodate]").TextContent.Trim());
    }

    [Fact]
    public void AppCommits_RepositoryNotReadable_SaysWhy()
    {
        _cluster.Upsert(Build.App("podinfo", revision: C3) with { Source = new AppSource("https://github.com/homelab/private-infra", "apps/podinfo", "main") });
        _repositories.Upsert(Failing("private-infra"));

        var page = RenderApp("podinfo");

        Assert.Contains("not readable", page.Find("[data-testid=app-commits-unknown]").TextContent, StringComparison.Ordinal);
        Assert.Contains("404 Not Found", page.Find("[data-testid=app-commits-unknown]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AppCommits_RepositoryReadLater_ShowsPendingWithoutReload()
    {
        _cluster.Upsert(Build.App("podinfo", revision: C3));
        var page = RenderApp("podinfo");
        Assert.Contains("not read yet", page.Find("[data-testid=app-commits-unknown]").TextContent, StringComparison.Ordinal);

        _repositories.Upsert(State());

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=app-pending-commit]")), TimeSpan.FromSeconds(5));
    }

    private IRenderedComponent<AppDetail> RenderApp(string name) => _context.Render<AppDetail>(p => p
        .Add(x => x.Cluster, Build.Cluster).Add(x => x.KindSegment, "application").Add(x => x.Namespace, "argocd").Add(x => x.Name, name));

    private static List<string> Chips(IRenderedComponent<Commits> page, string sha) =>
        page.FindAll($"[data-sha='{sha}'] [data-testid=commit-app]").Select(a => $"{a.GetAttribute("data-relation")}:{a.GetAttribute("data-app")}").ToList();

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
