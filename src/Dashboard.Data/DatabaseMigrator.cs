using Dashboard.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data;

/// <summary>
/// Applies pending migrations when the host starts (eShop style) and reports readiness for /readyz.
/// Runs in StartAsync so nothing reads the database before its schema exists.
/// </summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, DatabaseState state, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
            var dataSource = db.Database.GetDbConnection().DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database {Path} ready; applied {Count} migration(s)", dataSource, pending.Count);
            state.MarkMigrated();
        }
        catch (Exception ex)
        {
            state.MarkFailed(ex.Message);
            throw new StartupException(
                $"Could not open or migrate the database (Dashboard:Data:Path): {ex.Message}", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
