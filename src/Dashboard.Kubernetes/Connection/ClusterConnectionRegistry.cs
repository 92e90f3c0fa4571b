using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Connection;

/// <summary>
/// Holds the resolved connections. In sandbox mode they exist only once the emulator listens,
/// so consumers await <see cref="WhenReadyAsync"/> instead of reading them at construction.
/// </summary>
public sealed class ClusterConnectionRegistry : IConnectedClusters
{
    private readonly TaskCompletionSource<IReadOnlyList<ClusterConnection>> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<ClusterConnectionInfo> _clusters = [];

    public IReadOnlyList<ClusterConnectionInfo> Clusters => _clusters;

    public void Set(IReadOnlyList<ClusterConnection> connections)
    {
        _clusters = connections.Select(c => c.Info).ToList();
        _ready.TrySetResult(connections);
    }

    public void Fail(Exception error) => _ready.TrySetException(error);

    public Task<IReadOnlyList<ClusterConnection>> WhenReadyAsync(CancellationToken cancellationToken) =>
        _ready.Task.WaitAsync(cancellationToken);
}
