using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;
using Dashboard.Sandbox.Simulation;
using Microsoft.Extensions.Logging;

namespace Dashboard.Sandbox;

/// <summary>
/// The embedded world of <c>--sandbox</c> and of the tests: the seeded Kubernetes API emulator and the
/// simulated life in it (and, later, the GitHub emulator and the simulated controllers), each on loopback.
/// </summary>
public sealed class SandboxWorld : IAsyncDisposable
{
    private SandboxWorld(KubernetesEmulator kubernetes, SandboxLife life, string directory, string kubeconfigPath)
    {
        Kubernetes = kubernetes;
        Life = life;
        Directory = directory;
        KubeconfigPath = kubeconfigPath;
    }

    public KubernetesEmulator Kubernetes { get; }

    /// <summary>The background story (apps drifting, certificates renewing, volumes rebuilding).</summary>
    public SandboxLife Life { get; }

    /// <summary>Scratch folder for the kubeconfig and the sandbox Git repository; deleted on dispose.</summary>
    public string Directory { get; }

    public string KubeconfigPath { get; }

    public static Task<SandboxWorld> StartAsync(ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default) =>
        StartAsync(new SandboxWorldOptions(), loggerFactory, cancellationToken);

    public static async Task<SandboxWorld> StartAsync(SandboxWorldOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(Path.GetTempPath(), "dashboard-sandbox-" + Guid.NewGuid().ToString("N")[..12]);
        var kubernetes = await KubernetesEmulator.StartAsync(options.Kubernetes, loggerFactory, cancellationToken);
        SandboxSeed.Apply(kubernetes);
        var kubeconfig = KubeconfigWriter.Write(kubernetes, directory);
        var life = new SandboxLife(kubernetes.Store, options.Life);
        if (options.StartLife)
        {
            life.Start();
        }

        return new SandboxWorld(kubernetes, life, directory, kubeconfig);
    }

    public async ValueTask DisposeAsync()
    {
        await Life.DisposeAsync();
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
