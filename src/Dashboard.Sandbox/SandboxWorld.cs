using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;
using Dashboard.Sandbox.Simulation;
using Microsoft.Extensions.Logging;

namespace Dashboard.Sandbox;

/// <summary>
/// The embedded world of <c>--sandbox</c> and of the tests: the seeded Kubernetes API emulator and the
/// simulated life in it, the GitHub emulator over the seeded repository homelab/fleet-infra, and the simulated
/// Argo CD / Flux controllers that follow that repository's main branch, each on loopback.
/// </summary>
public sealed class SandboxWorld : IAsyncDisposable
{
    private SandboxWorld(
        KubernetesEmulator kubernetes, SandboxLife life, string directory, string kubeconfigPath,
        SandboxGitRepository gitRepository, GitHubEmulator gitHub, SimulatedReconciler reconciler, IReadOnlyList<SandboxGitRepository> upstream)
    {
        UpstreamRepositories = upstream;
        Kubernetes = kubernetes;
        Life = life;
        Directory = directory;
        KubeconfigPath = kubeconfigPath;
        GitRepository = gitRepository;
        GitHub = gitHub;
        Reconciler = reconciler;
    }

    public KubernetesEmulator Kubernetes { get; }

    /// <summary>The real bare repository the cluster's apps deploy from.</summary>
    public SandboxGitRepository GitRepository { get; }

    /// <summary>Small repositories for the upstream fixtures' repoURLs (example/homelab, ...), also served by <see cref="GitHub"/>.</summary>
    public IReadOnlyList<SandboxGitRepository> UpstreamRepositories { get; }

    /// <summary>GitHub REST emulator serving <see cref="GitRepository"/> and <see cref="UpstreamRepositories"/>.</summary>
    public GitHubEmulator GitHub { get; }

    /// <summary>Server root to give Octokit as a GitHub Enterprise base URL (it appends <c>api/v3/</c>).</summary>
    public Uri GitHubBaseAddress => GitHub.BaseAddress;

    /// <summary>The one token the GitHub emulator accepts.</summary>
    public string GitHubToken => GitHub.Token;

    /// <summary>The simulated Argo CD / Flux controllers.</summary>
    public SimulatedReconciler Reconciler { get; }

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
        var repository = SandboxGitRepository.Create(Path.Combine(directory, "fleet-infra.git"));
        var gitHub = await GitHubEmulator.StartAsync(repository, options.GitHub, loggerFactory, cancellationToken);
        var kubernetes = await KubernetesEmulator.StartAsync(options.Kubernetes, loggerFactory, cancellationToken);
        SandboxSeed.Apply(kubernetes, GitOpsSeed.ReplacesFixture);
        GitOpsSeed.Apply(kubernetes.Store, repository);
        var upstream = UpstreamRepositorySeed.Create(kubernetes.Store, directory);
        foreach (var served in upstream)
        {
            gitHub.AddRepository(served);
        }

        var kubeconfig = KubeconfigWriter.Write(kubernetes, directory);
        var life = new SandboxLife(kubernetes.Store, options.Life);
        var reconciler = new SimulatedReconciler(kubernetes.Store, repository, options.Reconciler);
        if (options.StartLife)
        {
            life.Start();
        }

        if (options.StartReconciler)
        {
            reconciler.Start();
        }

        return new SandboxWorld(kubernetes, life, directory, kubeconfig, repository, gitHub, reconciler, upstream);
    }

    public async ValueTask DisposeAsync()
    {
        await Reconciler.DisposeAsync();
        await Life.DisposeAsync();
        await Kubernetes.DisposeAsync();
        await GitHub.DisposeAsync();
        GitRepository.Dispose();
        foreach (var upstream in UpstreamRepositories)
        {
            upstream.Dispose();
        }
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
