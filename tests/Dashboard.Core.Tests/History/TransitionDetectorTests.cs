using Dashboard.Core.Cluster;
using Dashboard.Core.History;
using Dashboard.Testing;

namespace Dashboard.Core.Tests.History;

public sealed class TransitionDetectorTests
{
    private const string OldSha = "4f2c1a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a";
    private const string NewSha = "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";

    [Fact]
    public void Detect_AppGoesDegraded_YieldsHealthTransitionWithMessage()
    {
        var before = Build.App("nextcloud");
        var after = Build.App("nextcloud", health: HealthState.Degraded, message: "Deployment nextcloud: 0/1 ready");

        var change = Assert.Single(TransitionDetector.Detect(before, after));

        Assert.Equal(new StatusChange(after.Key, "health", "Healthy", "Degraded", "Deployment nextcloud: 0/1 ready"), change);
    }

    [Fact]
    public void Detect_AppDriftsOutOfSync_YieldsSyncTransition()
    {
        var change = Assert.Single(TransitionDetector.Detect(Build.App("podinfo"), Build.App("podinfo", SyncState.OutOfSync)));

        Assert.Equal(("sync", "Synced", "OutOfSync"), (change.Field, change.From, change.To));
    }

    [Fact]
    public void Detect_AppDeploysNewRevision_YieldsRevisionTransition()
    {
        var change = Assert.Single(TransitionDetector.Detect(Build.App("podinfo", revision: OldSha), Build.App("podinfo", revision: NewSha)));

        Assert.Equal(("revision", OldSha, NewSha), (change.Field, change.From, change.To));
    }

    [Fact]
    public void Detect_AppRevisionDisappears_YieldsNothing()
    {
        Assert.Empty(TransitionDetector.Detect(Build.App("podinfo", revision: OldSha), Build.App("podinfo", revision: null)));
    }

    [Fact]
    public void Detect_AppHealthSyncAndRevisionAllMove_YieldsThreeTransitions()
    {
        var after = Build.App("podinfo", SyncState.OutOfSync, HealthState.Progressing, revision: NewSha);

        var fields = TransitionDetector.Detect(Build.App("podinfo", revision: OldSha), after).Select(c => c.Field);

        Assert.Equal(["health", "sync", "revision"], fields);
    }

    [Fact]
    public void Detect_CertificateStopsBeingReady_YieldsReadyTransition()
    {
        var before = Build.Certificate("grafana", TimeSpan.FromDays(20));
        var after = Build.Certificate("grafana", TimeSpan.FromDays(20), ready: false);

        var change = Assert.Single(TransitionDetector.Detect(before, after));

        Assert.Equal(("ready", "True", "False", "Issuing certificate as Secret does not exist"), (change.Field, change.From, change.To, change.Detail));
    }

    [Fact]
    public void Detect_CertificateNotAfterMovesForward_YieldsRenewed()
    {
        var before = Build.Certificate("wildcard", TimeSpan.FromDays(20));
        var after = Build.Certificate("wildcard", TimeSpan.FromDays(90));

        var change = Assert.Single(TransitionDetector.Detect(before, after));

        Assert.Equal(("renewal", "2026-12-13 12:00 UTC", "2027-02-21 12:00 UTC", "renewed"), (change.Field, change.From, change.To, change.Detail));
    }

    [Fact]
    public void Detect_CertificateNotAfterMovesBack_YieldsNothing()
    {
        Assert.Empty(TransitionDetector.Detect(Build.Certificate("wildcard", TimeSpan.FromDays(90)), Build.Certificate("wildcard", TimeSpan.FromDays(20))));
    }

    [Fact]
    public void Detect_VolumeDegrades_YieldsRobustnessTransition()
    {
        var change = Assert.Single(TransitionDetector.Detect(Build.Volume("data"), Build.Volume("data", "degraded")));

        Assert.Equal(("robustness", "healthy", "degraded"), (change.Field, change.From, change.To));
    }

    [Fact]
    public void Detect_VolumeOnlyChangesAttachment_YieldsNothing()
    {
        Assert.Empty(TransitionDetector.Detect(Build.Volume("data"), Build.Volume("data", state: "detached")));
    }

    [Fact]
    public void Detect_BackupFails_YieldsBackupTransitionNamingVolumeAndError()
    {
        var before = Backup("InProgress");
        var after = Backup("Error") with { Error = "target unreachable" };

        var change = Assert.Single(TransitionDetector.Detect(before, after));

        Assert.Equal(("backup", "InProgress", "Error", "volume data: target unreachable"), (change.Field, change.From, change.To, change.Detail));
    }

    [Fact]
    public void Detect_BackupAppearsAlreadyFailed_YieldsBackupTransition()
    {
        Assert.Equal("backup", Assert.Single(TransitionDetector.Detect(null, Backup("Error"))).Field);
    }

    [Fact]
    public void Detect_BackupCompletesOrStaysFailed_YieldsNothing()
    {
        Assert.Empty(TransitionDetector.Detect(Backup("InProgress"), Backup("Completed")));
        Assert.Empty(TransitionDetector.Detect(Backup("Error"), Backup("Error")));
    }

    [Fact]
    public void Detect_EqualRecords_YieldsNothing()
    {
        Assert.Empty(TransitionDetector.Detect(Build.App("podinfo"), Build.App("podinfo")));
        Assert.Empty(TransitionDetector.Detect(Build.Certificate("a", TimeSpan.FromDays(9)), Build.Certificate("a", TimeSpan.FromDays(9))));
        Assert.Empty(TransitionDetector.Detect(Build.Volume("data", "faulted"), Build.Volume("data", "faulted")));
    }

    [Fact]
    public void Detect_FirstSightingOfAnApp_YieldsNothing()
    {
        Assert.Empty(TransitionDetector.Detect(null, Build.App("podinfo", health: HealthState.Degraded)));
    }

    private static BackupStatus Backup(string state) => new()
    {
        Key = new ResourceKey(Build.Cluster, ResourceKind.LonghornBackup, "longhorn-system", "backup-1"),
        VolumeName = "data",
        State = state,
    };
}
