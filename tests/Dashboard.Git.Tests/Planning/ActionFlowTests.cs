using System.Text;
using Dashboard.Core.Actions;
using Dashboard.Sandbox.GitHub;
using LibGit2Sharp;

namespace Dashboard.Git.Tests.Planning;

public sealed class ActionFlowTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rollback_ArgoAppToEarlierSeededCommit_OnlyItsPathChangesAndEqualsTheOldTree()
    {
        await using var world = await ActionTestWorld.StartAsync();
        var head = world.GitHub.Head;
        var revision = world.Sha(SeedLabels.Whoami1102);
        var request = new ActionRequest.Rollback(ActionTestWorld.Whoami, revision);

        var preview = await world.Service.PreviewAsync(request, ActionTestWorld.Alice, Token);
        var outcome = await world.Service.ExecuteAsync(preview, ActionTestWorld.Alice, Token);

        Assert.Equal($"rollback(whoami): argocd/whoami to {revision[..7]} (was {head[..7]})", preview.Summary);
        Assert.Equal("diff --git a/argocd/whoami/deployment.yaml b/argocd/whoami/deployment.yaml", preview.Diff.Split('\n')[0]);
        Assert.Single(preview.Diff.Split('\n'), l => l.StartsWith("-  ", StringComparison.Ordinal) || l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal(ActionStatus.Committed, outcome.Status);
        world.GitHub.Inspect(repository =>
        {
            var commit = repository.Lookup<Commit>(outcome.CommitSha);
            Assert.Equal([head], commit.Parents.Select(p => p.Sha));
            var changes = repository.Diff.Compare<TreeChanges>(repository.Lookup<Commit>(head).Tree, commit.Tree);
            Assert.Equal(["argocd/whoami/deployment.yaml"], changes.Select(c => c.Path));
            Assert.Equal(repository.Lookup<Commit>(revision)["argocd/whoami"].Target.Sha, commit["argocd/whoami"].Target.Sha);
            Assert.StartsWith(preview.Summary + "\n\nDashboard-Audit-Id: ", commit.Message, StringComparison.Ordinal);
            Assert.EndsWith("\nRequested-by: alice\n", commit.Message, StringComparison.Ordinal);
            return 0;
        });
        var row = Assert.Single(await world.Audit.ListAsync(new AuditQuery(), Token));
        Assert.Equal((AuditState.Committed, outcome.CommitSha, "homelab/fleet-infra", "main"), (row.State, row.CommitSha, row.Repository, row.Branch));
    }

    [Fact]
    public async Task SetVersion_HelmReleaseValuesTag_DiffIsOneLineAndOtherBytesIdentical()
    {
        await using var world = await ActionTestWorld.StartAsync();
        const string File = "apps/base/podinfo/release.yaml";
        var before = ReadAt(world, world.GitHub.Head, File);
        var request = new ActionRequest.SetVersion(ActionTestWorld.Podinfo, File, "spec.values.redis.tag", "8.6.5");

        var preview = await world.Service.PreviewAsync(request, ActionTestWorld.Alice, Token);
        var outcome = await world.Service.ExecuteAsync(preview, ActionTestWorld.Alice, Token);

        Assert.Equal("set-version(podinfo): apps/base/podinfo/release.yaml spec.values.redis.tag to 8.6.5 (was 8.6.4)", preview.Summary);
        var changedLines = preview.Diff.Split('\n').Where(l => (l.StartsWith('+') || l.StartsWith('-')) && !l.StartsWith("+++", StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal)).ToList();
        Assert.Equal(["-      tag: 8.6.4", "+      tag: 8.6.5"], changedLines);
        Assert.Equal(ActionStatus.Committed, outcome.Status);
        Assert.Equal(before.Replace("tag: 8.6.4", "tag: 8.6.5", StringComparison.Ordinal), ReadAt(world, outcome.CommitSha!, File));
        Assert.Equal(ActionTestWorld.Apps, outcome.TrackKey);
    }

    [Fact]
    public async Task SetVersion_HelmReleaseWithoutFile_EditsTheManifestTheAppsKustomizationApplies()
    {
        await using var world = await ActionTestWorld.StartAsync();

        var outcome = await world.Service.ExecuteAsync(
            new ActionRequest.SetVersion(ActionTestWorld.Podinfo, null, "spec.chart.spec.version", "6.9.x"), ActionTestWorld.Alice, Token);

        Assert.Equal(ActionStatus.Committed, outcome.Status);
        Assert.Contains("version: \"6.9.x\"", ReadAt(world, outcome.CommitSha!, "apps/production/podinfo-values.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PauseThenResume_FluxKustomization_SuspendInItsManifestThenBackToTheOriginalBytes()
    {
        await using var world = await ActionTestWorld.StartAsync();
        const string File = "clusters/production/apps.yaml";
        var original = ReadAt(world, world.GitHub.Head, File);

        var paused = await world.Service.ExecuteAsync(new ActionRequest.PauseAutoSync(ActionTestWorld.Apps), ActionTestWorld.Alice, Token);
        var resumed = await world.Service.ExecuteAsync(new ActionRequest.ResumeAutoSync(ActionTestWorld.Apps), ActionTestWorld.Alice, Token);

        Assert.Equal(ActionStatus.Committed, paused.Status);
        Assert.Equal("pause(apps): suspend auto-sync (spec.suspend) in clusters/production/apps.yaml", paused.Message[(paused.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        Assert.Contains("spec:\n  suspend: true\n  dependsOn:", ReadAt(world, paused.CommitSha!, File), StringComparison.Ordinal);
        Assert.DoesNotContain("suspend", ReadAt(world, paused.CommitSha!, "clusters/staging/apps.yaml"), StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Committed, resumed.Status);
        Assert.Equal(original.Replace("spec:\n", "spec:\n  suspend: false\n", StringComparison.Ordinal), ReadAt(world, resumed.CommitSha!, File));
    }

    [Fact]
    public async Task PauseThenResume_ArgoApplication_AutomatedBlockRemovedThenRestored()
    {
        await using var world = await ActionTestWorld.StartAsync();
        const string File = "argocd/apps/whoami.yaml";
        var original = ReadAt(world, world.GitHub.Head, File);

        var preview = await world.Service.PreviewAsync(new ActionRequest.PauseAutoSync(ActionTestWorld.Whoami), ActionTestWorld.Alice, Token);
        var paused = await world.Service.ExecuteAsync(preview, ActionTestWorld.Alice, Token);
        var resumed = await world.Service.ExecuteAsync(new ActionRequest.ResumeAutoSync(ActionTestWorld.Whoami), ActionTestWorld.Alice, Token);

        Assert.Equal([File], preview.ChangedFiles);
        Assert.Equal(ActionStatus.Committed, paused.Status);
        Assert.DoesNotContain("automated:", ReadAt(world, paused.CommitSha!, File), StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Committed, resumed.Status);
        Assert.Equal(original, ReadAt(world, resumed.CommitSha!, File));
    }

    [Fact]
    public async Task Pause_DefinitionNotInAnyReadableRepository_SaysSoClearly()
    {
        await using var world = await ActionTestWorld.StartAsync();
        var ghost = ActionTestWorld.Whoami with { Name = "ghost" };
        world.Store.Upsert(new Core.Cluster.AppStatus { Key = ghost, Controller = Core.Cluster.Controller.ArgoCD, Source = new("https://github.com/homelab/fleet-infra.git", "argocd/whoami", "main") });

        var error = await Assert.ThrowsAsync<ActionException>(() =>
            world.Service.PreviewAsync(new ActionRequest.PauseAutoSync(ghost), ActionTestWorld.Alice, Token));

        Assert.Equal(ActionErrorKind.NotInGit, error.Kind);
        Assert.StartsWith("The manifest that defines Application argocd/ghost is not in a repository the dashboard can read (searched homelab/fleet-infra@main:/;", error.Message, StringComparison.Ordinal);
    }

    internal static string ReadAt(ActionTestWorld world, string sha, string path) => world.GitHub.Inspect(repository =>
    {
        var blob = (Blob)repository.Lookup<Commit>(sha)[path].Target;
        using var reader = new StreamReader(blob.GetContentStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    });
}
