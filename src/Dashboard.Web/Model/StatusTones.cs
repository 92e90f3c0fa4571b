using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model;

/// <summary>One mapping from states to colours, so every page colours the same state the same way.</summary>
public static class StatusTones
{
    public static string For(HealthState health) => health switch
    {
        HealthState.Healthy => "success",
        HealthState.Progressing => "info",
        HealthState.Suspended => "notice",
        HealthState.Degraded or HealthState.Missing => "error",
        _ => "default",
    };

    public static string For(SyncState sync) => sync switch
    {
        SyncState.Synced => "success",
        SyncState.OutOfSync => "warning",
        _ => "default",
    };

    public static string ForRobustness(string robustness) => robustness switch
    {
        "healthy" => "success",
        "degraded" => "warning",
        "faulted" => "error",
        _ => "default",
    };
}
