using System.Text.Json.Nodes;
using Dashboard.Sandbox.GitHub;

namespace Dashboard.Sandbox.Tests.Simulation;

public sealed class SimulatedReconcilerFluxTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Seed_GitRepositoryFollowsSandboxRepo_KustomizationsAtHead()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var head = w.Repository.HeadOf()!;
        var source = w.GitSource("flux-system");
        Assert.Equal("https://github.com/homelab/fleet-infra", S(source, "spec", "url"));
        Assert.Equal($"main@sha1:{head}", S(source, "status", "artifact", "revision"));
        foreach (var name in new[] { "infra-controllers", "infra-configs", "apps" })
        {
            Assert.Equal($"main@sha1:{head}", S(w.Kustomization(name), "status", "lastAppliedRevision"));
        }

        var kustomizations = w.World.Kubernetes.Store.List(w.Type("kustomize.toolkit.fluxcd.io", "kustomizations"));
        Assert.DoesNotContain(kustomizations, k => S(k, "metadata", "name") == "infrastructure");
        Assert.Contains(kustomizations, k => S(k, "metadata", "name") == "monitoring");
    }

    [Fact]
    public async Task Step_CommitTouchesKustomizationPath_ProgressingThenApplied()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var sha = w.Touch("apps/production/podinfo-values.yaml");

        w.Reconciler.Step();
        Assert.Equal($"main@sha1:{sha}", S(w.GitSource("flux-system"), "status", "artifact", "revision"));
        var progressing = w.Kustomization("apps");
        Assert.Contains(progressing["status"]!["conditions"]!.AsArray(), c => S(c, "type") == "Ready" && S(c, "status") == "Unknown" && S(c, "reason") == "Progressing");
        Assert.NotEqual($"main@sha1:{sha}", S(progressing, "status", "lastAppliedRevision"));
        // Flux applies every new artifact revision; a Kustomization whose folders did not change has nothing to progress through.
        Assert.Equal($"main@sha1:{sha}", S(w.Kustomization("infra-controllers"), "status", "lastAppliedRevision"));

        w.Advance(2 * Second);
        var applied = w.Kustomization("apps");
        Assert.Equal($"main@sha1:{sha}", S(applied, "status", "lastAppliedRevision"));
        Assert.Contains(applied["status"]!["conditions"]!.AsArray(), c => S(c, "type") == "Ready" && S(c, "status") == "True" && S(c, "message") == $"Applied revision: main@sha1:{sha}");
        Assert.Equal($"main@sha1:{sha}", S(applied["status"]!["history"]![0], "metadata", "revision"));
    }

    [Fact]
    public async Task Step_CommitTouchesReferencedBaseFolder_AppsProgresses()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        w.Touch("apps/base/podinfo/release.yaml");

        w.Reconciler.Step();

        Assert.Contains(w.Kustomization("apps")["status"]!["conditions"]!.AsArray(), c => S(c, "reason") == "Progressing");
    }

    [Fact]
    public async Task Step_SuspendCommittedInGit_KustomizationDoesNotMove()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var head = w.Repository.HeadOf()!;
        var manifest = w.Repository.ReadFile(head, "clusters/production/apps.yaml")!;
        w.Repository.CommitForeignChange("clusters/production/apps.yaml", manifest.Replace("  prune: true\n", "  prune: true\n  suspend: true\n", StringComparison.Ordinal));
        var sha = w.Touch("apps/production/podinfo-values.yaml");

        w.Reconciler.Step();
        w.Advance(10 * Second);

        Assert.Equal($"main@sha1:{head}", S(w.Kustomization("apps"), "status", "lastAppliedRevision"));
        Assert.Equal($"main@sha1:{sha}", S(w.Kustomization("infra-configs"), "status", "lastAppliedRevision"));
    }

    [Fact]
    public async Task Step_SuspendedInSpec_KustomizationDoesNotMove()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var head = w.Repository.HeadOf()!;
        w.World.Kubernetes.Store.Patch(w.Type("kustomize.toolkit.fluxcd.io", "kustomizations"), "flux-system", "apps",
            (JsonObject)JsonNode.Parse("""{"spec":{"suspend":true}}""")!);
        w.Touch("apps/production/podinfo-values.yaml");

        w.Reconciler.Step();
        w.Advance(10 * Second);

        Assert.Equal($"main@sha1:{head}", S(w.Kustomization("apps"), "status", "lastAppliedRevision"));
    }

    [Fact]
    public async Task Step_RequestedAtAnnotation_HandledOnce()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        w.World.Kubernetes.Store.Patch(w.Type("kustomize.toolkit.fluxcd.io", "kustomizations"), "flux-system", "apps",
            (JsonObject)JsonNode.Parse("""{"metadata":{"annotations":{"reconcile.fluxcd.io/requestedAt":"2026-11-23T12:00:00.123Z"}}}""")!);

        Assert.Equal(1, w.Reconciler.Step());
        Assert.Equal("2026-11-23T12:00:00.123Z", S(w.Kustomization("apps"), "status", "lastHandledReconcileAt"));
        Assert.Equal(0, w.Reconciler.Step());
    }

    [Fact]
    public async Task GitHub_ServesTheSameRepository_WithTheWorldsToken()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        using var http = new HttpClient { BaseAddress = w.World.GitHubBaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v3/repos/homelab/fleet-infra/git/ref/heads/main");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", w.World.GitHubToken);
        request.Headers.UserAgent.ParseAdd("test");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(w.Repository.HeadOf(), S(body, "object", "sha"));
        Assert.Equal(w.Repository.Sha(SeedLabels.PodinfoChart68), w.Repository.HeadOf());
    }

    private static string? S(JsonNode? node, params string[] path)
    {
        foreach (var segment in path)
        {
            node = node?[segment];
        }

        return node?.GetValue<string>();
    }
}
