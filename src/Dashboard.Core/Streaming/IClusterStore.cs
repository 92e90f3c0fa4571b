namespace Dashboard.Core.Streaming;

/// <summary>The only shared state between watchers and readers (DESIGN.md section 1).</summary>
public interface IClusterStore
{
    ClusterSnapshot Current { get; }

    /// <summary>Registers first, then snapshots, so no change falls between the two.</summary>
    ClusterSubscription Subscribe();
}
