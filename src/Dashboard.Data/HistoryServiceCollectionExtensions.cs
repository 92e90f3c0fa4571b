using Dashboard.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>
    /// The status history: its store (also the Activity page's read side) and the recorder that fills
    /// it. Register after <see cref="ServiceCollectionExtensions.AddDashboardData"/>, so the schema is
    /// migrated before the recorder starts.
    /// </summary>
    public static IServiceCollection AddStatusHistory(this IServiceCollection services, int retentionDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retentionDays, 1);
        services.AddSingleton(new HistoryRecorderOptions { Retention = TimeSpan.FromDays(retentionDays) });
        services.AddSingleton<IStatusHistory, EfStatusHistory>();
        services.AddSingleton<HistoryRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<HistoryRecorder>());
        return services;
    }
}
