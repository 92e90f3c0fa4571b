namespace Dashboard.Data.Entities;

/// <summary>One status transition of one cluster object (an app going Degraded, a certificate renewed...).</summary>
public sealed class StatusTransition
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Cluster { get; set; }

    /// <summary>The Core ResourceKind name: ArgoApplication, Certificate, LonghornVolume...</summary>
    public required string Kind { get; set; }

    public required string Namespace { get; set; }
    public required string Name { get; set; }

    /// <summary>health, sync, revision, ready, renewal, robustness or backup.</summary>
    public required string Field { get; set; }

    public string? From { get; set; }
    public string? To { get; set; }
    public string? Detail { get; set; }
}
