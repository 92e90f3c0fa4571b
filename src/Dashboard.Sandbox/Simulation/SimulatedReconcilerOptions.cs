namespace Dashboard.Sandbox.Simulation;

/// <summary>Timing of the simulated Argo CD / Flux controllers (real ones poll every few minutes; the sandbox is brisk).</summary>
public sealed class SimulatedReconcilerOptions
{
    /// <summary>How often the branch head is read (in-process, free).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Flux: time a Kustomization spends Progressing before it reports the new revision applied.</summary>
    public TimeSpan ApplyDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Argo CD: time an automated app stays OutOfSync before its sync operation starts.</summary>
    public TimeSpan SyncDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Argo CD: how long a sync operation runs.</summary>
    public TimeSpan SyncDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Argo CD: time an app stays Progressing after a sync before it is Healthy.</summary>
    public TimeSpan HealthDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
