using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Simulation;

namespace Dashboard.Sandbox;

public sealed class SandboxWorldOptions
{
    public KubernetesEmulatorOptions Kubernetes { get; set; } = new();

    public SandboxLifeOptions Life { get; set; } = new();

    /// <summary>Start the background story at once (the default for <c>--sandbox</c>); tests may step it by hand.</summary>
    public bool StartLife { get; set; } = true;

    public GitHubEmulatorOptions GitHub { get; set; } = new();

    public SimulatedReconcilerOptions Reconciler { get; set; } = new();

    /// <summary>Start the simulated controllers at once (the default for <c>--sandbox</c>); tests may call <see cref="SimulatedReconciler.Step"/> instead.</summary>
    public bool StartReconciler { get; set; } = true;
}
