using Microsoft.Extensions.Hosting;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>An embedded host must not take over Ctrl+C/SIGTERM or print lifetime messages: the app owns those.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
