using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests;

/// <summary>A migrated SQLite file in a temp folder and a context factory over it.</summary>
internal sealed class HistoryDatabase : IDbContextFactory<DashboardDbContext>, IDisposable
{
    private readonly TempDirectory _directory = new("dashboard-history");
    private readonly DbContextOptions<DashboardDbContext> _options;

    private HistoryDatabase()
    {
        var builder = new DbContextOptionsBuilder<DashboardDbContext>();
        builder.UseDashboardSqlite(_directory.File("history.db"));
        _options = builder.Options;
    }

    public static async Task<HistoryDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new HistoryDatabase();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        return database;
    }

    public DashboardDbContext CreateDbContext() => new(_options);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
