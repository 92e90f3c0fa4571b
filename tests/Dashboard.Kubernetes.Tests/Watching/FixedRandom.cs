namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>Makes jitter deterministic.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
