namespace Dashboard.Core.GitOps;

/// <summary>The repositories' shared state, like <c>IClusterStore</c>: a snapshot plus notification of newer ones.</summary>
public interface IRepositoryStore
{
    RepositorySnapshot Current { get; }

    /// <summary>Registers first, then snapshots; the subscription yields each newer snapshot (only the latest is kept).</summary>
    RepositorySubscription Subscribe();
}
