using Dashboard.Data.Entities;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly TempDirectory _directory = new("dashboard-migrations");

    [Fact]
    public async Task Migrate_EmptyFile_CreatesAuditTableInWalMode()
    {
        await using var db = CreateContext(_directory.File("empty.db"));

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        db.AuditEntries.Add(new AuditEntry
        {
            User = "alice",
            Action = "rollback",
            Target = "sandbox/argocd/podinfo",
            RequestedAt = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var journalMode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal("wal", Assert.Single(journalMode));
        var stored = await db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(AuditOutcome.Pending, stored.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), stored.RequestedAt);
    }

    [Fact]
    public void Model_ComparedWithMigrations_HasNoPendingChanges()
    {
        using var db = CreateContext(_directory.File("model.db"));

        Assert.False(db.Database.HasPendingModelChanges(),
            "The EF model differs from the last migration: run `dotnet ef migrations add <Name> --project migrations --startup-project migrations`.");
    }

    [Fact]
    public async Task Migrate_Twice_IsIdempotent()
    {
        var path = _directory.File("twice.db");
        await using (var first = CreateContext(path))
        {
            await first.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        await using var second = CreateContext(path);
        await second.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    private static DashboardDbContext CreateContext(string path)
    {
        var builder = new DbContextOptionsBuilder<DashboardDbContext>();
        builder.UseDashboardSqlite(path);
        return new DashboardDbContext(builder.Options);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
