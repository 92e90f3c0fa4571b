namespace Dashboard.Sandbox.Simulation;

public sealed class SandboxLifeOptions
{
    /// <summary>Time between two steps of the simulated world.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Seed of the Random that picks which app, certificate and volume change: same seed, same story.</summary>
    public int Seed { get; set; } = 42;

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
