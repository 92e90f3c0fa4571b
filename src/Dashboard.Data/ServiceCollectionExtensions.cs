using Dashboard.Core.Actions;
using Dashboard.Core.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the context factory (Blazor components need short-lived contexts), the migrator and the audit log.</summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, string databasePath)
    {
        services.AddDbContextFactory<DashboardDbContext>(o => o.UseDashboardSqlite(databasePath));
        services.AddSingleton<DatabaseState>();
        services.AddHostedService<DatabaseMigrator>();
        services.AddSingleton<IAuditLog, EfAuditLog>();
        services.AddSingleton<IApiTokenStore, EfApiTokenStore>();
        services.AddSingleton<AuditCounts>();
        return services;
    }
}
