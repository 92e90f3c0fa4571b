using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Apps;

/// <summary>How bad an app looks, for sorting worst-first and for the row colour.</summary>
public static class AppSeverity
{
    /// <summary>Higher is worse.</summary>
    public static int Of(AppStatus app) => app.Health switch
    {
        HealthState.Degraded => 50,
        HealthState.Missing => 45,
        _ when app.Sync == SyncState.OutOfSync => 40,
        HealthState.Progressing => 30,
        HealthState.Unknown => 20,
        HealthState.Suspended => 10,
        _ when app.Sync == SyncState.Unknown => 15,
        _ => 0,
    };

    public static bool IsProblem(AppStatus app) =>
        app.Health is HealthState.Degraded or HealthState.Missing || app.Sync == SyncState.OutOfSync;
}
