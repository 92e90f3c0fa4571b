using Bunit;
using Dashboard.Core.Actions;
using Dashboard.Core.History;
using Dashboard.Data;
using Dashboard.Testing;
using Dashboard.Web.Components.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Components;

/// <summary>The Activity page over a real, migrated SQLite file.</summary>
public sealed class ActivityPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly BunitContext _context = new();
    private readonly TempDirectory _directory = new("dashboard-activity-page");
    private EfStatusHistory _history = null!;
    private EfAuditLog _audit = null!;

    private FakeTimeProvider Time => (FakeTimeProvider)_context.Services.GetRequiredService<TimeProvider>();

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _context.WithDashboardServices();
        var builder = new DbContextOptionsBuilder<DashboardDbContext>();
        builder.UseDashboardSqlite(_directory.File("activity.db"));
        var factory = new Factory(builder.Options);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync(Token);
        }

        _history = new EfStatusHistory(factory);
        _audit = new EfAuditLog(factory);
        _context.Services.AddSingleton<IStatusHistory>(_history);

        var nextcloud = Build.App("nextcloud").Key;
        await _history.AppendAsync(Build.Now.AddHours(-3), [new StatusChange(nextcloud, "health", "Healthy", "Degraded", "Deployment nextcloud: 0/1 ready")], Token);
        await _history.AppendAsync(Build.Now.AddHours(-2), [new StatusChange(Build.Volume("data").Key, "robustness", "healthy", "degraded")], Token);
        var rollback = await _audit.WriteIntentAsync(new AuditIntent(Build.Now.AddHours(-1), "alice", "rollback", nextcloud.ToString(),
            "homelab/fleet-infra", "main", "4f2c1a9e0b7d6c5a", "9a8b7c6d5e4f3a2b"), Token);
        await _audit.CompleteAsync(rollback, new AuditCompletion(AuditState.Committed, Build.Now.AddHours(-1), "0123456789abcdef0123456789abcdef01234567"), Token);
        var denied = await _audit.WriteIntentAsync(new AuditIntent(Build.Now.AddMinutes(-30), "bob", "pause", nextcloud.ToString(), null, null, null, null), Token);
        await _audit.CompleteAsync(denied, new AuditCompletion(AuditState.Denied, Build.Now.AddMinutes(-30), Error: "bob is a viewer"), Token);
    }

    [Fact]
    public void Render_TransitionsAndActions_OneTimelineNewestFirstWithLinks()
    {
        var page = _context.Render<Activity>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=activity-row]").Count), Wait);
        Assert.NotNull(page.Find("[data-testid=activity-filter]"));
        var rows = page.FindAll("[data-testid=activity-row]");
        Assert.Equal(["action", "action", "transition", "transition"], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("Denied", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("bob is a viewer", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("by alice", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("0123456", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Committed", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("apps/home/application/argocd/nextcloud", rows[1].QuerySelector("a.cell-main")?.GetAttribute("href"));
        Assert.Equal("volumes?focus=data", rows[2].QuerySelector("a.cell-main")?.GetAttribute("href"));
        Assert.Contains("Degraded", rows[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeFilter_StatusChangesOnly_HidesActions()
    {
        var page = _context.Render<Activity>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=activity-row]").Count), Wait);

        page.Find("[data-testid=activity-type-Transitions]").Click();

        page.WaitForAssertion(() => Assert.All(page.FindAll("[data-testid=activity-row]"), r => Assert.Equal("transition", r.GetAttribute("data-kind"))), Wait);
        Assert.Equal(2, page.FindAll("[data-testid=activity-row]").Count);
    }

    [Fact]
    public void Search_ByName_ShowsOnlyThatObject()
    {
        var page = _context.Render<Activity>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=activity-row]").Count), Wait);

        page.Find("input[data-testid=activity-search], [data-testid=activity-search] input").Input("DATA");
        Time.Advance(TimeSpan.FromSeconds(1)); // MudBlazor's search debounce runs on the injected clock

        page.WaitForAssertion(() => Assert.Equal("data", Assert.Single(page.FindAll("[data-testid=activity-row]")).QuerySelector(".cell-main")?.TextContent), Wait);
    }

    [Fact]
    public async Task NewRowInDatabase_AfterRefreshInterval_AppearsWithoutReload()
    {
        var page = _context.Render<Activity>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=activity-row]").Count), Wait);

        await _history.AppendAsync(Build.Now, [new StatusChange(Build.Certificate("wildcard", null).Key, "renewal", "2026-12-01 00:00 UTC", "2027-02-28 00:00 UTC", "renewed")], Token);
        Time.Advance(Activity.RefreshInterval);

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=activity-row]").Count), Wait);
        Assert.Contains("wildcard", page.FindAll("[data-testid=activity-row]")[0].TextContent, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private sealed class Factory(DbContextOptions<DashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new(options);
    }
}
