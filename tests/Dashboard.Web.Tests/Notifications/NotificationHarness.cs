using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Notifications;
using Dashboard.Core.Streaming;
using Dashboard.Data;
using Dashboard.Testing;
using Dashboard.Web.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Notifications;

/// <summary>
/// The real notification pipeline (store → NotificationService → dispatcher → targets over HTTP →
/// SQLite delivery log) with a pinned clock. Every watch is live, so changes count as transitions.
/// </summary>
internal sealed class NotificationHarness : IAsyncDisposable, IDbContextFactory<DashboardDbContext>
{
    public const string Cluster = "homelab";
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private readonly TempDirectory _directory = new("dashboard-notify");
    private readonly DbContextOptions<DashboardDbContext> _options;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private NotificationService _service = null!;

    private NotificationHarness()
    {
        var builder = new DbContextOptionsBuilder<DashboardDbContext>();
        builder.UseDashboardSqlite(_directory.File("notify.db"));
        _options = builder.Options;
        Log = new EfDeliveryLog(this);
        Subscriptions = new EfPushSubscriptionStore(this);
    }

    public FakeTimeProvider Time { get; } = new(Start);
    public ClusterStore Store { get; } = new();
    public EfDeliveryLog Log { get; }
    public EfPushSubscriptionStore Subscriptions { get; }
    public NotificationDispatcher Dispatcher { get; private set; } = null!;

    /// <summary>Quick retries, so the 500-then-200 test needs no clock steps between attempts.</summary>
    public static NotificationSettings Settings { get; } = new() { RetryDelay = TimeSpan.Zero, MaxAttempts = 3, RequestTimeout = TimeSpan.FromMinutes(2) };

    public static Task<NotificationHarness> StartAsync(Func<HttpClient, TimeProvider, IEnumerable<INotificationTarget>> targets,
        CancellationToken cancellationToken, NotificationSettings? settings = null) =>
        StartAsync((harness, http) => targets(http, harness.Time), cancellationToken, settings);

    public static async Task<NotificationHarness> StartAsync(Func<NotificationHarness, HttpClient, IEnumerable<INotificationTarget>> targets,
        CancellationToken cancellationToken, NotificationSettings? settings = null)
    {
        var harness = new NotificationHarness();
        await using (var db = harness.CreateDbContext())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var kind in Enum.GetValues<ResourceKind>())
        {
            harness.Store.SetWatchState(new KindWatchState(Cluster, kind, WatchPhase.Watching, null, Start));
        }

        settings ??= Settings;
        harness.Dispatcher = new NotificationDispatcher(targets(harness, harness._http).ToList(), harness.Log, settings, harness.Time,
            NullLogger<NotificationDispatcher>.Instance);
        harness._service = new NotificationService(harness.Store, new ProblemFinder(harness.Time), harness.Dispatcher, settings,
            DetailLinks.For, harness.Time, NullLogger<NotificationService>.Instance);
        await harness._service.StartAsync(cancellationToken);
        await harness.SettleAsync(cancellationToken);
        return harness;
    }

    public DashboardDbContext CreateDbContext() => new(_options);

    /// <summary>Writes the item and waits until the service has judged the new state.</summary>
    public Task UpsertAsync(IClusterItem item, CancellationToken cancellationToken)
    {
        Store.Upsert(item);
        return SettleAsync(cancellationToken);
    }

    /// <summary>Moves the clock (firing the service's periodic re-check) and waits until it has been judged.</summary>
    public Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        Time.Advance(by);
        return SettleAsync(cancellationToken);
    }

    /// <summary>Every recorded attempt, oldest first.</summary>
    public async Task<IReadOnlyList<DeliveryAttempt>> AttemptsAsync(CancellationToken cancellationToken) =>
        (await Log.RecentAsync(1000, cancellationToken)).Reverse().ToList();

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds; polling is fine here, the bound is not a measurement.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 1000; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(10, cancellationToken);
        }

        throw new TimeoutException("Gave up waiting for " + what);
    }

    public async ValueTask DisposeAsync()
    {
        await _service.StopAsync(CancellationToken.None);
        _service.Dispose();
        _http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private Task SettleAsync(CancellationToken cancellationToken)
    {
        var version = Store.Current.Version;
        var now = Time.GetUtcNow();
        return WaitUntilAsync(() =>
        {
            var (evaluated, at) = _service.LastEvaluation;
            return Task.FromResult(evaluated >= version && at >= now);
        }, "the notification service to judge the store", cancellationToken);
    }
}
