using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the context factory (Blazor components need short-lived contexts) and the migrator.</summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, string databasePath)
    {
        services.AddDbContextFactory<DashboardDbContext>(o => o.UseDashboardSqlite(databasePath));
        services.AddSingleton<DatabaseState>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }
}
