using System.Text.Json.Nodes;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Connection;
using Dashboard.Kubernetes.Nudge;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;
using Dashboard.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Kubernetes.Tests.Nudge;

/// <summary>The reconcile-now annotation through KubernetesClient against the real API emulator (HTTPS, merge patch).</summary>
public sealed class ReconcileNudgerTests : IAsyncLifetime
{
    private const string Cluster = "nudge";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory = new("dashboard-nudge");
    private readonly FakeTimeProvider _time = new(Now);
    private KubernetesEmulator _emulator = null!;
    private ReconcileNudger _nudger = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _emulator = await KubernetesEmulator.StartAsync(cancellationToken: Token);
        SandboxSeed.Apply(_emulator);
        Ensure("", "namespaces", null, new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = "argocd" } });
        Ensure("", "namespaces", null, new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = "flux-system" } });
        Ensure("argoproj.io", "applications", "argocd", Object("argoproj.io/v1alpha1", "Application", "argocd", "nudge-me"));
        Ensure("source.toolkit.fluxcd.io", "gitrepositories", "flux-system", Object("source.toolkit.fluxcd.io/v1", "GitRepository", "flux-system", "nudge-source"));
        Ensure("kustomize.toolkit.fluxcd.io", "kustomizations", "flux-system", Object("kustomize.toolkit.fluxcd.io/v1", "Kustomization", "flux-system", "nudge-apps"));
        var registry = new ClusterConnectionRegistry();
        registry.Set([ClusterConnectionResolver.FromKubeconfig(KubeconfigWriter.Write(_emulator, _directory.Path), KubeconfigWriter.ContextName, Cluster)]);
        _nudger = new ReconcileNudger(registry, _time, NullLogger<ReconcileNudger>.Instance);
    }

    [Fact]
    public async Task NudgeAsync_ArgoApplication_SetsRefreshAnnotation()
    {
        var app = new AppStatus { Key = new(Cluster, ResourceKind.ArgoApplication, "argocd", "nudge-me"), Controller = Controller.ArgoCD };

        var said = await _nudger.NudgeAsync(app, ClusterSnapshot.Empty, Token);

        Assert.Equal("normal", Annotation("argoproj.io", "applications", "argocd", "nudge-me", ReconcileNudger.ArgoRefreshAnnotation));
        Assert.Contains("Application argocd/nudge-me", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NudgeAsync_FluxKustomization_AnnotatesSourceAndKustomizationWithNow()
    {
        var app = new AppStatus
        {
            Key = new(Cluster, ResourceKind.FluxKustomization, "flux-system", "nudge-apps"),
            Controller = Controller.Flux,
            Source = new AppSource("", "./apps", "", SourceRef: "GitRepository/flux-system/nudge-source"),
        };

        var said = await _nudger.NudgeAsync(app, ClusterSnapshot.Empty, Token);

        Assert.Equal("2026-11-23T12:00:00Z", Annotation("source.toolkit.fluxcd.io", "gitrepositories", "flux-system", "nudge-source", ReconcileNudger.FluxRequestedAtAnnotation));
        Assert.Equal("2026-11-23T12:00:00Z", Annotation("kustomize.toolkit.fluxcd.io", "kustomizations", "flux-system", "nudge-apps", ReconcileNudger.FluxRequestedAtAnnotation));
        Assert.Equal("Asked GitRepository flux-system/nudge-source and Kustomization flux-system/nudge-apps to reconcile now (reconcile.fluxcd.io/requestedAt=2026-11-23T12:00:00Z).", said);
    }

    [Fact]
    public async Task NudgeAsync_Forbidden_SentenceNamesThePermissionAndNothingThrows()
    {
        _emulator.Faults.Forbid("applications.argoproj.io");
        var app = new AppStatus { Key = new(Cluster, ResourceKind.ArgoApplication, "argocd", "nudge-me"), Controller = Controller.ArgoCD };

        var said = await _nudger.NudgeAsync(app, ClusterSnapshot.Empty, Token);

        Assert.Contains("may not patch applications.argoproj.io in namespace argocd", said, StringComparison.Ordinal);
        Assert.Contains("'patch' permission", said, StringComparison.Ordinal);
        Assert.Null(Annotation("argoproj.io", "applications", "argocd", "nudge-me", ReconcileNudger.ArgoRefreshAnnotation));
    }

    [Fact]
    public async Task NudgeAsync_ObjectGone_SentenceSaysNotFound()
    {
        var app = new AppStatus { Key = new(Cluster, ResourceKind.ArgoApplication, "argocd", "no-such-app"), Controller = Controller.ArgoCD };

        var said = await _nudger.NudgeAsync(app, ClusterSnapshot.Empty, Token);

        Assert.StartsWith("Reconcile-now could not find Application argocd/no-such-app (404 Not Found)", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NudgeAsync_UnknownCluster_SaysSkipped()
    {
        var app = new AppStatus { Key = new("elsewhere", ResourceKind.ArgoApplication, "argocd", "nudge-me"), Controller = Controller.ArgoCD };

        var said = await _nudger.NudgeAsync(app, ClusterSnapshot.Empty, Token);

        Assert.Equal("Reconcile-now skipped: no connection to cluster 'elsewhere'.", said);
    }

    public async ValueTask DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _directory.Dispose();
    }

    private string? Annotation(string group, string plural, string ns, string name, string annotation) =>
        _emulator.Store.Get(_emulator.Registry.Require(group, plural), ns, name)?["metadata"]?["annotations"]?[annotation]?.GetValue<string>();

    private void Ensure(string group, string plural, string? ns, JsonObject body)
    {
        var type = _emulator.Registry.Require(group, plural);
        if (_emulator.Store.Get(type, ns, body["metadata"]!["name"]!.GetValue<string>()) is null)
        {
            _emulator.Store.Create(type, ns, body);
        }
    }

    private static JsonObject Object(string apiVersion, string kind, string ns, string name) => new()
    {
        ["apiVersion"] = apiVersion,
        ["kind"] = kind,
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
        ["spec"] = new JsonObject(),
    };
}
