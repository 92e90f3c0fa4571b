namespace Dashboard.Core.Cluster;

/// <summary>Argo CD's health scale, also used for Flux objects (Ready=True → Healthy, Ready=False → Degraded).</summary>
public enum HealthState
{
    Unknown,
    Healthy,
    Progressing,
    Suspended,
    Missing,
    Degraded,
}
