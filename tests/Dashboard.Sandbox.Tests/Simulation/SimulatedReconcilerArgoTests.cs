using System.Text.Json.Nodes;
using Dashboard.Sandbox.GitHub;

namespace Dashboard.Sandbox.Tests.Simulation;

public sealed class SimulatedReconcilerArgoTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Step_CommitTouchesAutomatedAppPath_OutOfSyncThenSyncedToNewRevision()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var before = w.Repository.Sha(SeedLabels.Whoami1110);
        Assert.Equal(before, S(w.Application("whoami"), "status", "sync", "revision"));

        var sha = w.Touch("argocd/whoami/deployment.yaml");
        Assert.True(w.Reconciler.Step() >= 1);
        var drifted = w.Application("whoami");
        Assert.Equal("OutOfSync", S(drifted, "status", "sync", "status"));
        Assert.Equal(before, S(drifted, "status", "sync", "revision"));

        w.Advance(3 * Second);
        Assert.Equal("Running", S(w.Application("whoami"), "status", "operationState", "phase"));
        Assert.Equal(sha, S(w.Application("whoami"), "status", "operationState", "operation", "sync", "revision"));

        w.Advance(2 * Second);
        var synced = w.Application("whoami");
        Assert.Equal("Synced", S(synced, "status", "sync", "status"));
        Assert.Equal(sha, S(synced, "status", "sync", "revision"));
        Assert.Equal("Succeeded", S(synced, "status", "operationState", "phase"));
        Assert.Equal("Progressing", S(synced, "status", "health", "status"));
        var history = synced["status"]!["history"]!.AsArray();
        Assert.Equal(3, history.Count);
        Assert.Equal(sha, history[^1]!["revision"]!.GetValue<string>());
        Assert.Equal(3, history[^1]!["id"]!.GetValue<long>());

        w.Advance(2 * Second);
        Assert.Equal("Healthy", S(w.Application("whoami"), "status", "health", "status"));
        Assert.Equal(0, w.Reconciler.PendingTransitions);
    }

    [Fact]
    public async Task Step_CommitOnUnrelatedPath_ArgoAppDoesNotMove()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var before = w.Application("whoami").ToJsonString();

        w.Repository.CommitForeignChange();
        w.Reconciler.Step();
        w.Advance(10 * Second);

        Assert.Equal(before, w.Application("whoami").ToJsonString());
    }

    [Fact]
    public async Task Step_ManualApp_GoesOutOfSyncAndStaysOnItsRevision()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var seeded = w.Application("homelab-apps");
        Assert.Equal("OutOfSync", S(seeded, "status", "sync", "status"));
        Assert.Equal(w.Repository.Sha(SeedLabels.ArgoApps), S(seeded, "status", "sync", "revision"));

        w.Touch("argocd/apps/uptime-kuma.yaml");
        w.Reconciler.Step();
        w.Advance(30 * Second);

        var app = w.Application("homelab-apps");
        Assert.Equal(w.Repository.Sha(SeedLabels.ArgoApps), S(app, "status", "sync", "revision"));
        Assert.Single(app["status"]!["history"]!.AsArray());
    }

    [Fact]
    public async Task Step_AutomatedSyncRemovedInGit_AppStaysOutOfSync()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var manifest = w.Repository.ReadFile(w.Repository.HeadOf()!, "argocd/apps/whoami.yaml")!;
        var paused = manifest.Replace("    automated:\n      prune: true\n      selfHeal: true\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(manifest, paused);
        w.Repository.CommitForeignChange("argocd/apps/whoami.yaml", paused);
        var sha = w.Touch("argocd/whoami/deployment.yaml");

        w.Reconciler.Step();
        w.Advance(30 * Second);

        var app = w.Application("whoami");
        Assert.Equal("OutOfSync", S(app, "status", "sync", "status"));
        Assert.NotEqual(sha, S(app, "status", "sync", "revision"));
        Assert.Equal("Succeeded", S(app, "status", "operationState", "phase"));
    }

    [Fact]
    public async Task Step_RefreshAnnotation_RemovedAndComparedAtOnce()
    {
        await using var w = await ReconcilerWorld.StartAsync();
        var type = w.Type("argoproj.io", "applications");
        w.World.Kubernetes.Store.Patch(type, "argocd", "whoami",
            (JsonObject)JsonNode.Parse("""{"metadata":{"annotations":{"argocd.argoproj.io/refresh":"normal"}}}""")!);

        Assert.True(w.Reconciler.Step() >= 1);

        var app = w.Application("whoami");
        Assert.Null(app["metadata"]?["annotations"]?["argocd.argoproj.io/refresh"]);
        Assert.Equal("2026-11-23T12:00:00Z", S(app, "status", "reconciledAt"));
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
