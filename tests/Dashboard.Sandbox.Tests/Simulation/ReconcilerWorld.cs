using System.Text.Json.Nodes;
using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Sandbox.Tests.Simulation;

/// <summary>A sandbox world whose controllers are stepped by hand on a fake clock.</summary>
internal sealed class ReconcilerWorld : IAsyncDisposable
{
    private ReconcilerWorld(SandboxWorld world, FakeTimeProvider time)
    {
        World = world;
        Time = time;
    }

    public SandboxWorld World { get; }

    public FakeTimeProvider Time { get; }

    public SimulatedReconciler Reconciler => World.Reconciler;

    public SandboxGitRepository Repository => World.GitRepository;

    public static async Task<ReconcilerWorld> StartAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var options = new SandboxWorldOptions
        {
            StartLife = false,
            StartReconciler = false,
            Reconciler = new SimulatedReconcilerOptions { TimeProvider = time },
        };
        return new ReconcilerWorld(await SandboxWorld.StartAsync(options, null, TestContext.Current.CancellationToken), time);
    }

    public JsonObject Application(string name) => Get("argoproj.io", "applications", "argocd", name);

    public JsonObject Kustomization(string name) => Get("kustomize.toolkit.fluxcd.io", "kustomizations", "flux-system", name);

    public JsonObject GitSource(string name) => Get("source.toolkit.fluxcd.io", "gitrepositories", "flux-system", name);

    public ResourceType Type(string group, string plural) => World.Kubernetes.Registry.Require(group, plural);

    /// <summary>Moves the clock by <paramref name="by"/> and polls once.</summary>
    public int Advance(TimeSpan by)
    {
        Time.Advance(by);
        return Reconciler.Step();
    }

    /// <summary>Commits a change to an existing file (a line appended), as someone pushing to main would.</summary>
    public string Touch(string path)
    {
        var text = Repository.ReadFile(Repository.HeadOf()!, path) ?? string.Empty;
        return Repository.CommitForeignChange(path, text + "# touched\n");
    }

    public ValueTask DisposeAsync() => World.DisposeAsync();

    private JsonObject Get(string group, string plural, string ns, string name) =>
        World.Kubernetes.Store.Get(Type(group, plural), ns, name) ?? throw new KeyNotFoundException($"{plural} {ns}/{name}");
}
