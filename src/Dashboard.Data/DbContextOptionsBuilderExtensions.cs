using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

public static class DbContextOptionsBuilderExtensions
{
    /// <summary>SQLite with WAL and busy timeout, migrations from the separate migrations assembly.</summary>
    public static DbContextOptionsBuilder UseDashboardSqlite(this DbContextOptionsBuilder builder, string databasePath) =>
        builder
            .UseSqlite(SqliteConnectionStrings.ForFile(databasePath), sqlite => sqlite.MigrationsAssembly(DashboardDbContext.MigrationsAssembly))
            .AddInterceptors(new SqlitePragmaInterceptor());
}
