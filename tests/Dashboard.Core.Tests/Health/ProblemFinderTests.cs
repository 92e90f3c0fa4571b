using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Core.Tests.Health;

public sealed class ProblemFinderTests
{
    private static readonly ProblemFinder Finder = new(new FakeTimeProvider(Snapshots.Now));

    private static KindWatchState Watch(ResourceKind kind, WatchPhase phase, string? message = null) =>
        new(Snapshots.Cluster, kind, phase, message, Snapshots.Now - TimeSpan.FromMinutes(3));

    private static IReadOnlyList<(ProblemSeverity, string, string)> Summary(HealthReport report) =>
        report.Problems.Select(p => (p.Severity, p.Key?.Name ?? "", p.Title)).ToList();

    [Fact]
    public void Evaluate_HealthyItemsAndLiveWatches_AllGreen()
    {
        var snapshot = Snapshots.With(
            [Snapshots.App("home-assistant"), Snapshots.Certificate("wildcard", TimeSpan.FromDays(56)),
             Snapshots.Volume("pvc-1", lastBackupAt: Snapshots.Now - TimeSpan.FromHours(9))],
            [Watch(ResourceKind.ArgoApplication, WatchPhase.Watching), Watch(ResourceKind.FluxKustomization, WatchPhase.NotInstalled)]);

        var report = Finder.Evaluate(snapshot);

        Assert.Empty(report.Problems);
        Assert.False(report.DataMayBeStale);
        Assert.True(report.AllGreen);
        Assert.Equal(Snapshots.Now, report.EvaluatedAt);
    }

    [Theory]
    [InlineData(WatchPhase.Reconnecting, ProblemSeverity.Warning, "Data may be stale")]
    [InlineData(WatchPhase.Starting, ProblemSeverity.Warning, "Data still loading")]
    [InlineData(WatchPhase.Listing, ProblemSeverity.Warning, "Data still loading")]
    [InlineData(WatchPhase.Failed, ProblemSeverity.Critical, "Data may be stale")]
    [InlineData(WatchPhase.Forbidden, ProblemSeverity.Critical, "Data may be stale")]
    public void Evaluate_WatchNotWatching_NeverAllGreen(WatchPhase phase, ProblemSeverity severity, string title)
    {
        var snapshot = Snapshots.With([Snapshots.App("home-assistant")],
            [Watch(ResourceKind.Certificate, phase, "connection refused")]);

        var report = Finder.Evaluate(snapshot);

        Assert.False(report.AllGreen);
        Assert.True(report.DataMayBeStale);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((severity, title, ResourceKind.Certificate), (problem.Severity, problem.Title, problem.Kind));
        Assert.Null(problem.Key);
        Assert.Contains($"Certificate watch is {phase}", problem.Detail);
        Assert.Contains("connection refused", problem.Detail);
        Assert.Equal(phase, Assert.Single(report.StaleWatches).Phase);
    }

    [Fact]
    public void Evaluate_ArgoAppsLikeTheFixtures_DegradedOutOfSyncAndFailedSync()
    {
        var myApp4 = Snapshots.App("my-app-4", HealthState.Degraded, SyncState.OutOfSync);
        var nextcloud = Snapshots.App("nextcloud", HealthState.Degraded, SyncState.OutOfSync) with
        {
            Revision = "8.5.2",
            Message = "Failed sync attempt to 8.5.2: one or more objects failed to apply",
            LastOperation = new LastOperation("Failed", "one or more objects failed to apply", "8.5.2",
                Snapshots.Now.AddHours(-2), Snapshots.Now.AddHours(-1.7), RetryCount: 5),
        };
        var running = Snapshots.App("my-app-operation-running", HealthState.Progressing, SyncState.OutOfSync);

        var report = Finder.Evaluate(Snapshots.Of(myApp4, nextcloud, running));

        Assert.Equal(
            [(ProblemSeverity.Critical, "my-app-4", "Degraded"),
             (ProblemSeverity.Critical, "nextcloud", "Degraded"),
             (ProblemSeverity.Critical, "nextcloud", "Sync failed"),
             (ProblemSeverity.Warning, "my-app-4", "OutOfSync"),
             (ProblemSeverity.Warning, "my-app-operation-running", "OutOfSync"),
             (ProblemSeverity.Warning, "nextcloud", "OutOfSync")],
            Summary(report));
        Assert.Equal("one or more objects failed to apply (retried 5 times)", report.Problems[2].Detail);
    }

    [Fact]
    public void Evaluate_FluxReadyFalse_ReconcileFailedWithReasonAndAttemptedRevision()
    {
        var monitoring = Snapshots.App("monitoring", HealthState.Degraded, SyncState.OutOfSync, Controller.Flux, ResourceKind.FluxKustomization) with
        {
            Revision = "c0ffee1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c",
            AttemptedRevision = "4a7c2e9f1b3d5e7a9c0b2d4f6e8a1c3b5d7f9e0a",
            Message = "kustomization path not found",
            Conditions = [new Condition("Ready", "False", "ArtifactFailed", "kustomization path not found", Snapshots.Now)],
        };
        var stalled = Snapshots.App("kube-prometheus-stack", HealthState.Degraded, SyncState.Synced, Controller.Flux, ResourceKind.FluxHelmRelease) with
        {
            Conditions = [new Condition("Stalled", "True", "RetriesExceeded", "Failed to upgrade after 4 attempt(s)", Snapshots.Now)],
        };

        var report = Finder.Evaluate(Snapshots.Of(monitoring, stalled));

        Assert.Equal(
            [(ProblemSeverity.Critical, "kube-prometheus-stack", "Reconcile failed: RetriesExceeded"),
             (ProblemSeverity.Critical, "monitoring", "Reconcile failed: ArtifactFailed"),
             (ProblemSeverity.Warning, "monitoring", "OutOfSync")],
            Summary(report));
        Assert.Equal("kustomization path not found", report.Problems[1].Detail);
        Assert.Equal("Running c0ffee1, last attempted 4a7c2e9", report.Problems[2].Detail);
    }

    [Fact]
    public void Evaluate_ApplicationSet_OnlyItsOwnErrorsCount()
    {
        var rolledUp = Snapshots.App("homelab-apps", HealthState.Degraded, SyncState.OutOfSync, kind: ResourceKind.ArgoApplicationSet);
        var failing = Snapshots.App("cluster-git-error", HealthState.Degraded, kind: ResourceKind.ArgoApplicationSet) with
        {
            Conditions = [new Condition("ErrorOccurred", "True", "ApplicationGenerationFromParamsError", "Merge requires two or more", null)],
        };

        var report = Finder.Evaluate(Snapshots.Of(rolledUp, failing));

        Assert.Equal([(ProblemSeverity.Critical, "cluster-git-error", "ApplicationSet error: ApplicationGenerationFromParamsError")], Summary(report));
        Assert.Equal(0, report.Counts.Apps);
    }

    [Fact]
    public void Evaluate_CertificatesLikeTheFixtures_ExpiringExpiredNotReadyAndOverdue()
    {
        var grafana = Snapshots.Certificate("grafana", TimeSpan.FromDays(4.75)) with
        {
            RenewalTime = DateTimeOffset.Parse("2026-10-29T06:00:36Z"),
            FailedIssuanceAttempts = 3,
            LastFailureTime = DateTimeOffset.Parse("2026-11-22T18:04:10Z"),
            Conditions = [new Condition("Issuing", "False", "Failed", "order is in \"invalid\" state", null)],
        };
        var vaultwarden = Snapshots.Certificate("vaultwarden", DateTimeOffset.Parse("2026-11-14T08:00:00Z") - Snapshots.Now, ready: false) with
        {
            ReadyReason = "Expired",
            Issuing = true,
            FailedIssuanceAttempts = 6,
        };
        var jellyfin = Snapshots.Certificate("jellyfin", null, ready: false) with { ReadyReason = "DoesNotExist", Issuing = true };
        var stuck = Snapshots.Certificate("stuck", null, ready: false) with { ReadyReason = "DoesNotExist", Issuing = true, FailedIssuanceAttempts = 2 };
        var soon = Snapshots.Certificate("soon", TimeSpan.FromDays(10));
        var fine = Snapshots.Certificate("wildcard", TimeSpan.FromDays(20));

        var report = Finder.Evaluate(Snapshots.Of(grafana, vaultwarden, jellyfin, stuck, soon, fine));

        Assert.Equal(
            [(ProblemSeverity.Critical, "grafana", "Certificate expires in 4 days"),
             (ProblemSeverity.Critical, "stuck", "Certificate not ready: DoesNotExist"),
             (ProblemSeverity.Critical, "vaultwarden", "Certificate expired"),
             (ProblemSeverity.Warning, "grafana", "Renewal overdue"),
             (ProblemSeverity.Warning, "jellyfin", "Certificate not ready: DoesNotExist"),
             (ProblemSeverity.Warning, "soon", "Certificate expires in 10 days")],
            Summary(report));
        Assert.Equal("Expired 2026-11-14 08:00 UTC (10 days ago)", report.Problems[2].Detail);
        Assert.StartsWith("Renewal was due 2026-10-29 06:00 UTC; 3 failed attempts, last 2026-11-22 18:04 UTC", report.Problems[3].Detail);
        Assert.Equal(1, report.Counts.CertificatesByUrgency[CertificateUrgency.Critical]);
        Assert.Equal(1, report.Counts.CertificatesByUrgency[CertificateUrgency.Expired]);
        Assert.Equal(2, report.Counts.CertificatesByUrgency[CertificateUrgency.Unknown]);
        Assert.Equal(1, report.Counts.CertificatesByUrgency[CertificateUrgency.Warning]);
        Assert.Equal(1, report.Counts.CertificatesByUrgency[CertificateUrgency.Notice]);
        Assert.Equal(0, report.Counts.CertificatesByUrgency[CertificateUrgency.Ok]);
    }

    [Fact]
    public void Evaluate_DegradedAndFaultedVolumes_ReportedWithSchedulingMessage()
    {
        var degraded = Snapshots.Volume("pvc-degraded", "degraded", Snapshots.Now.AddHours(-2)) with
        {
            PvcNamespace = "monitoring",
            PvcName = "prometheus-db",
            Conditions = [new Condition("Scheduled", "False", "ReplicaSchedulingFailure", "precheck new replica failed: insufficient storage", null)],
        };
        var faulted = Snapshots.Volume("pvc-faulted", "faulted", Snapshots.Now.AddHours(-2)) with { State = "detached" };

        var report = Finder.Evaluate(Snapshots.Of(degraded, faulted, Snapshots.Volume("pvc-ok", lastBackupAt: Snapshots.Now.AddHours(-2))));

        Assert.Equal(
            [(ProblemSeverity.Critical, "pvc-faulted", "Volume faulted"), (ProblemSeverity.Warning, "pvc-degraded", "Volume degraded")],
            Summary(report));
        Assert.Equal("attached; PVC monitoring/prometheus-db; precheck new replica failed: insufficient storage", report.Problems[1].Detail);
        Assert.Equal(1, report.Counts.VolumesByRobustness["healthy"]);
        Assert.Equal(1, report.Counts.VolumesByRobustness["degraded"]);
        Assert.Equal(1, report.Counts.VolumesByRobustness["faulted"]);
    }

    [Theory]
    [InlineData(30 * 3600, null)]
    [InlineData(30 * 3600 + 1, ProblemSeverity.Warning)]
    [InlineData(54 * 3600, ProblemSeverity.Warning)]
    [InlineData(54 * 3600 + 1, ProblemSeverity.Critical)]
    public void Evaluate_BackupAgeAgainstDailyScheduleWithQuarterGrace(int ageSeconds, ProblemSeverity? expected)
    {
        var volume = Snapshots.Volume("pvc-1", lastBackupAt: Snapshots.Now.AddSeconds(-ageSeconds), interval: TimeSpan.FromDays(1));

        var report = Finder.Evaluate(Snapshots.Of(volume));

        Assert.Equal(expected, report.Problems.SingleOrDefault()?.Severity);
        if (expected is not null)
        {
            Assert.Equal("Backup older than its schedule", report.Problems[0].Title);
            Assert.EndsWith("ago; expected every 1d", report.Problems[0].Detail);
        }
    }

    [Fact]
    public void Evaluate_VolumeScheduleOverridesDefaultAndBackupObjectsCount()
    {
        var weekly = Snapshots.Volume("pvc-weekly", interval: TimeSpan.FromDays(7));
        var backup = Snapshots.Backup("backup-1", "pvc-weekly", "Completed", Snapshots.Now.AddDays(-3));

        Assert.Empty(Finder.Evaluate(Snapshots.Of(weekly, backup)).Problems);
        var late = Finder.Evaluate(Snapshots.Of(weekly)).Problems.Single();
        Assert.Equal(("No backup", "No completed backup; expected every 7d"), (late.Title, late.Detail));
    }

    [Fact]
    public void Evaluate_NoDefaultIntervalAndNoVolumeSchedule_NoBackupRule()
    {
        var finder = new ProblemFinder(new FakeTimeProvider(Snapshots.Now), new ProblemFinderOptions { DefaultBackupInterval = null });

        Assert.Empty(finder.Evaluate(Snapshots.Of(Snapshots.Volume("pvc-1"))).Problems);
    }

    [Fact]
    public void Evaluate_FailedBackup_ReportedUntilALaterOneCompletes()
    {
        var failed = Snapshots.Backup("backup-8e7d", "pvc-1", "Error", Snapshots.Now.AddHours(-33), "backup target default is not available");
        var older = Snapshots.Backup("backup-old", "pvc-1", "Completed", Snapshots.Now.AddHours(-57));
        var newer = Snapshots.Backup("backup-3f9a", "pvc-1", "Completed", Snapshots.Now.AddHours(-9));
        var finder = new ProblemFinder(new FakeTimeProvider(Snapshots.Now), new ProblemFinderOptions { DefaultBackupInterval = null });

        var failing = finder.Evaluate(Snapshots.Of(failed, older)).Problems.Single();
        Assert.Equal((ProblemSeverity.Warning, "Backup failed", "pvc-1: backup target default is not available"),
            (failing.Severity, failing.Title, failing.Detail));
        Assert.Empty(finder.Evaluate(Snapshots.Of(failed, older, newer)).Problems);
    }

    [Fact]
    public void Evaluate_UnreadableFields_ReportedAsWarning()
    {
        var app = Snapshots.App("broken", HealthState.Unknown, SyncState.Unknown) with { UnreadableFields = ["status.conditions", "status.sync"] };

        var problem = Finder.Evaluate(Snapshots.Of(app)).Problems.Single();

        Assert.Equal((ProblemSeverity.Warning, "Status partly unreadable", "Could not read: status.conditions, status.sync"),
            (problem.Severity, problem.Title, problem.Detail));
    }

    [Fact]
    public void Order_MixedProblems_CriticalFirstThenWatchesThenByName()
    {
        var a = Snapshots.Key(ResourceKind.ArgoApplication, "alpha");
        var z = Snapshots.Key(ResourceKind.Certificate, "zulu");
        Problem[] problems =
        [
            Problem.For(ProblemSeverity.Warning, a, "OutOfSync", null),
            Problem.For(ProblemSeverity.Critical, z, "Certificate expired", null),
            new(ProblemSeverity.Warning, Snapshots.Cluster, ResourceKind.LonghornVolume, null, "Data may be stale", null),
            Problem.For(ProblemSeverity.Critical, a, "Degraded", null),
        ];

        var ordered = ProblemFinder.Order(problems);

        Assert.Equal(["Degraded", "Certificate expired", "Data may be stale", "OutOfSync"], ordered.Select(p => p.Title));
    }

    [Fact]
    public void Evaluate_Counts_AppsByHealthAndSyncWithEveryStatePresent()
    {
        var snapshot = Snapshots.Of(
            Snapshots.App("a"), Snapshots.App("b", HealthState.Degraded, SyncState.OutOfSync),
            Snapshots.App("c", HealthState.Progressing, SyncState.OutOfSync, Controller.Flux, ResourceKind.FluxKustomization));

        var counts = Finder.Evaluate(snapshot).Counts;

        Assert.Equal(3, counts.Apps);
        Assert.Equal(1, counts.AppsByHealth[HealthState.Healthy]);
        Assert.Equal(1, counts.AppsByHealth[HealthState.Degraded]);
        Assert.Equal(0, counts.AppsByHealth[HealthState.Missing]);
        Assert.Equal(2, counts.AppsBySync[SyncState.OutOfSync]);
        Assert.Equal(0, counts.Volumes);
    }
}
