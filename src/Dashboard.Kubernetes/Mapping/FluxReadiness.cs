using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// Flux's kstatus conditions onto the Argo health scale, the way Argo CD's own health checks for
/// Flux kinds read them: suspended first, then Stalled, Ready=False, Reconciling, Ready=True.
/// </summary>
internal static class FluxReadiness
{
    public static (HealthState Health, Condition? Deciding) Evaluate(IReadOnlyList<Condition> conditions, bool suspended)
    {
        var ready = ConditionReader.Find(conditions, "Ready");
        var stalled = ConditionReader.Find(conditions, "Stalled");
        var reconciling = ConditionReader.Find(conditions, "Reconciling");

        if (suspended)
        {
            return (HealthState.Suspended, ready);
        }

        if (stalled is { IsTrue: true })
        {
            return (HealthState.Degraded, ready is { IsTrue: false } && ready.Message is not null ? ready : stalled);
        }

        if (ready is not null && IsFalse(ready))
        {
            return (HealthState.Degraded, ready);
        }

        if (reconciling is { IsTrue: true })
        {
            return (HealthState.Progressing, reconciling);
        }

        if (ready is { IsTrue: true })
        {
            return (HealthState.Healthy, ready);
        }

        return ready is null ? (HealthState.Unknown, null) : (HealthState.Progressing, ready);
    }

    /// <summary>Phase of the last reconcile for <see cref="LastOperation"/>.</summary>
    public static string Phase(HealthState health) => health switch
    {
        HealthState.Healthy => "Succeeded",
        HealthState.Degraded => "Failed",
        HealthState.Progressing => "Running",
        HealthState.Suspended => "Suspended",
        _ => "Unknown",
    };

    public static bool IsFalse(Condition condition) =>
        string.Equals(condition.Status, "False", StringComparison.OrdinalIgnoreCase);
}
