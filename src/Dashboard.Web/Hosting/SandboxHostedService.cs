using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Connection;
using Dashboard.Sandbox;
using Dashboard.Sandbox.Kubernetes;

namespace Dashboard.Web.Hosting;

/// <summary>Starts the embedded world before anything that reads the cluster, and stops it last.</summary>
internal sealed class SandboxHostedService(ClusterConnectionRegistry registry, ILoggerFactory loggerFactory, ILogger<SandboxHostedService> logger) : IHostedService, IAsyncDisposable
{
    private SandboxWorld? _world;

    public SandboxWorld World => _world ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _world = await SandboxWorld.StartAsync(loggerFactory, cancellationToken);
        var connection = ClusterConnectionResolver.FromKubeconfig(_world.KubeconfigPath, KubeconfigWriter.ContextName, "sandbox", ConnectionKind.Sandbox);
        registry.Set([connection]);
        logger.LogWarning("Running in SANDBOX mode: the cluster and GitHub are emulators with seeded data, not real systems");
        logger.LogInformation("Sandbox kubeconfig: {Path}", _world.KubeconfigPath);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
