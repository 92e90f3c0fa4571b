using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Notifications;
using Dashboard.Core.Tests.Health;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Core.Tests.Notifications;

public sealed class ProblemStateTrackerTests
{
    private static readonly (string, ResourceKind)[] AllListed =
        Enum.GetValues<ResourceKind>().Select(k => (Snapshots.Cluster, k)).ToArray();

    private readonly FakeTimeProvider _time = new(Snapshots.Now);
    private readonly ProblemStateTracker _tracker;

    public ProblemStateTrackerTests()
    {
        _tracker = new ProblemStateTracker(_time, new NotificationSettings(), key => $"x/{key.Name}");
        Evaluate(); // baseline: nothing wrong
    }

    [Fact]
    public void Evaluate_OutOfSyncBeyondGrace_OneProblemThenOneRecovery()
    {
        var app = Snapshots.App("podinfo", sync: SyncState.OutOfSync);
        Assert.Empty(Evaluate(app));
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(Evaluate(app));
        _time.Advance(TimeSpan.FromMinutes(1));

        var problem = Assert.Single(Evaluate(app));
        Assert.Equal(NotificationKind.Problem, problem.Kind);
        Assert.Equal(NotificationReasons.OutOfSync, problem.Reason);
        Assert.Equal("/x/podinfo", problem.Link);
        Assert.Empty(Evaluate(app)); // still the same open problem

        _time.Advance(TimeSpan.FromMinutes(15));
        var recovered = Assert.Single(Evaluate(Snapshots.App("podinfo")));
        Assert.Equal(NotificationKind.Recovered, recovered.Kind);
        Assert.Equal(NotificationReasons.OutOfSync, recovered.Reason);
    }

    [Fact]
    public void Evaluate_DegradedRecoversWithinGrace_SendsNothing()
    {
        Assert.Empty(Evaluate(Snapshots.App("podinfo", health: HealthState.Degraded)));
        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.Empty(Evaluate(Snapshots.App("podinfo")));
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Empty(Evaluate(Snapshots.App("podinfo")));
        Assert.Equal(0, _tracker.OpenCount);
    }

    [Theory]
    [InlineData("flux-failed", NotificationReasons.ReconcileFailed)]
    [InlineData("cert-expiring", NotificationReasons.CertificateExpiring)]
    [InlineData("cert-not-ready", NotificationReasons.CertificateNotReady)]
    [InlineData("cert-overdue", NotificationReasons.RenewalOverdue)]
    [InlineData("volume-degraded", NotificationReasons.VolumeUnhealthy)]
    [InlineData("volume-faulted", NotificationReasons.VolumeUnhealthy)]
    [InlineData("backup-late", NotificationReasons.BackupLate)]
    public void Evaluate_ImmediateProblem_NotifiesAtOnce(string scenario, string reason)
    {
        var item = Broken(scenario);

        var problem = Assert.Single(Evaluate(item), n => n.Reason == reason);
        Assert.Equal(NotificationKind.Problem, problem.Kind);
        Assert.Equal(item.Key, problem.Key);
    }

    [Fact]
    public void Evaluate_FlappingWithinQuietPeriod_NotifiesOnceThenSettlesToFinalState()
    {
        var broken = Snapshots.Volume("data", "degraded", Snapshots.Now);
        var fine = Snapshots.Volume("data", "healthy", Snapshots.Now);
        Assert.Single(Evaluate(broken));
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            Assert.Empty(Evaluate(fine));
            _time.Advance(TimeSpan.FromMinutes(1));
            Assert.Empty(Evaluate(broken));
        }

        // Broken again at the end of the quiet period: it was announced and still is, so nothing new.
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.Empty(Evaluate(broken));

        // Degraded to faulted is the same open problem; a recovery after the quiet period goes out at once.
        Assert.Empty(Evaluate(broken with { Robustness = "faulted" }));
        Assert.Equal(NotificationKind.Recovered, Assert.Single(Evaluate(fine)).Kind);
    }

    [Fact]
    public void Evaluate_RecoveryInsideQuietPeriod_WaitsForItsEnd()
    {
        var broken = Snapshots.Volume("data", "degraded", Snapshots.Now);
        Assert.Single(Evaluate(broken));
        _time.Advance(TimeSpan.FromMinutes(2));
        var fine = broken with { Robustness = "healthy" };

        Assert.Empty(Evaluate(fine));
        _time.Advance(TimeSpan.FromMinutes(13));
        var recovered = Assert.Single(Evaluate(fine));
        Assert.Equal(NotificationKind.Recovered, recovered.Kind);
        Assert.Empty(Evaluate(fine));
    }

    [Fact]
    public void Evaluate_ProblemsPresentAtFirstList_AreBaselineButRecoveryIsAnnounced()
    {
        var tracker = new ProblemStateTracker(_time, new NotificationSettings(), _ => "");
        var broken = Broken("cert-not-ready");
        var finder = new ProblemFinder(_time);

        Assert.Empty(tracker.Evaluate(finder.Evaluate(Snapshots.Of(broken)).Problems, []));   // not listed yet
        Assert.Empty(tracker.Evaluate(finder.Evaluate(Snapshots.Of(broken)).Problems, AllListed)); // baseline
        var recovered = Assert.Single(tracker.Evaluate(finder.Evaluate(Snapshots.Of(Snapshots.Certificate(broken.Key.Name,
            TimeSpan.FromDays(60)))).Problems, AllListed));
        Assert.Equal(NotificationKind.Recovered, recovered.Kind);
    }

    [Fact]
    public void Evaluate_SameReasonWithChangingTitle_StaysOneOpenProblem()
    {
        Assert.Single(Evaluate(Snapshots.Certificate("web", TimeSpan.FromDays(13))));
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(Evaluate(Snapshots.Certificate("web", TimeSpan.FromDays(12))));
        Assert.Equal(1, _tracker.OpenCount);
    }

    [Fact]
    public void Evaluate_BaseUrl_MakesAbsoluteLinks()
    {
        var tracker = new ProblemStateTracker(_time, new NotificationSettings { BaseUrl = new Uri("https://dash.example.org/") },
            key => $"volumes?focus={key.Name}");
        tracker.Evaluate([], AllListed);
        var problems = new ProblemFinder(_time).Evaluate(Snapshots.Of(Broken("volume-faulted"))).Problems;

        var notification = Assert.Single(tracker.Evaluate(problems, AllListed));
        Assert.Equal("https://dash.example.org/volumes?focus=data", notification.Link);
    }

    [Fact]
    public void Evaluate_UnreadableStatus_DoesNotNotify()
    {
        var app = Snapshots.App("odd") with { UnreadableFields = ["status.health"] };

        Assert.Empty(Evaluate(app));
    }

    private IReadOnlyList<Notification> Evaluate(params IClusterItem[] items) =>
        _tracker.Evaluate(new ProblemFinder(_time).Evaluate(Snapshots.Of(items)).Problems, AllListed);

    internal static IClusterItem Broken(string scenario) => scenario switch
    {
        "flux-failed" => Snapshots.App("apps", HealthState.Degraded, controller: Controller.Flux, kind: ResourceKind.FluxKustomization),
        "cert-expiring" => Snapshots.Certificate("web", TimeSpan.FromDays(10)),
        "cert-not-ready" => Snapshots.Certificate("web", TimeSpan.FromDays(60), ready: false),
        "cert-overdue" => Snapshots.Certificate("web", TimeSpan.FromDays(40)) with { RenewalTime = Snapshots.Now - TimeSpan.FromDays(2) },
        "volume-degraded" => Snapshots.Volume("data", "degraded", Snapshots.Now),
        "volume-faulted" => Snapshots.Volume("data", "faulted", Snapshots.Now),
        "backup-late" => Snapshots.Volume("data", "healthy", Snapshots.Now - TimeSpan.FromDays(3)),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };
}
