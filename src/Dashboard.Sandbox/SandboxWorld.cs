using Dashboard.Sandbox.Kubernetes;
using Microsoft.Extensions.Logging;

namespace Dashboard.Sandbox;

/// <summary>
/// The embedded world of <c>--sandbox</c> and of the tests: the Kubernetes API emulator (and, later, the
/// GitHub emulator and the simulated controllers), each on its own loopback port.
/// </summary>
public sealed class SandboxWorld : IAsyncDisposable
{
    private SandboxWorld(KubernetesEmulator kubernetes, string directory, string kubeconfigPath)
    {
        Kubernetes = kubernetes;
        Directory = directory;
        KubeconfigPath = kubeconfigPath;
    }

    public KubernetesEmulator Kubernetes { get; }

    /// <summary>Scratch folder for the kubeconfig and the sandbox Git repository; deleted on dispose.</summary>
    public string Directory { get; }

    public string KubeconfigPath { get; }

    public static async Task<SandboxWorld> StartAsync(ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(Path.GetTempPath(), "dashboard-sandbox-" + Guid.NewGuid().ToString("N")[..12]);
        var kubernetes = await KubernetesEmulator.StartAsync(loggerFactory, cancellationToken);
        var kubeconfig = KubeconfigWriter.Write(kubernetes.BaseAddress, directory);
        return new SandboxWorld(kubernetes, directory, kubeconfig);
    }

    public async ValueTask DisposeAsync()
    {
        await Kubernetes.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a reader; the temp folder is cleaned by the OS eventually.
        }
    }
}
