using System.Collections.Immutable;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Web.Metrics;

namespace Dashboard.Web.Tests.ExternalClients;

public sealed class DashboardMetricsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_Snapshot_EveryLineParsesAndFamiliesHaveHelpAndType()
    {
        var text = DashboardMetrics.Render(Input());

        var samples = PrometheusTextParser.Parse(text);

        foreach (var family in new[] { "dashboard_build_info", "dashboard_apps", "dashboard_certificate_days_left", "dashboard_volume_state",
            "dashboard_watch_state", "dashboard_watch_reconnects_total", "dashboard_actions_total" })
        {
            Assert.Contains($"# HELP {family} ", text, StringComparison.Ordinal);
            Assert.Contains(samples, s => s.Name == family);
        }

        Assert.Contains("# TYPE dashboard_actions_total counter\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE dashboard_apps gauge\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Snapshot_CountsAppsByControllerSyncAndHealth()
    {
        var samples = PrometheusTextParser.Parse(DashboardMetrics.Render(Input()));

        var degraded = Assert.Single(samples, s => s.Name == "dashboard_apps" && s.Labels["health"] == "Degraded");
        Assert.Equal(2, degraded.Value);
        Assert.Equal("ArgoCD", degraded.Labels["controller"]);
        Assert.Equal("OutOfSync", degraded.Labels["sync"]);
        Assert.Equal(1, Assert.Single(samples, s => s.Name == "dashboard_apps" && s.Labels["controller"] == "Flux").Value);
    }

    [Fact]
    public void Render_Certificate_DaysLeftFromNotAfter()
    {
        var samples = PrometheusTextParser.Parse(DashboardMetrics.Render(Input()));

        var cert = Assert.Single(samples, s => s.Name == "dashboard_certificate_days_left");
        Assert.Equal(10.5, cert.Value);
        Assert.Equal("wildcard", cert.Labels["name"]);
    }

    [Fact]
    public void Render_LabelValuesWithQuotesBackslashesAndNewlines_AreEscapedAndReadBack()
    {
        var awkward = "we\"ird\\clu\nster";
        var input = Input() with { Reconnects = [(awkward, ResourceKind.Certificate, 3)] };

        var text = DashboardMetrics.Render(input);
        var samples = PrometheusTextParser.Parse(text);

        Assert.Contains("cluster=\"we\\\"ird\\\\clu\\nster\"", text, StringComparison.Ordinal);
        var reconnects = Assert.Single(samples, s => s.Name == "dashboard_watch_reconnects_total");
        Assert.Equal(awkward, reconnects.Labels["cluster"]);
        Assert.Equal(3, reconnects.Value);
    }

    [Fact]
    public void Render_WatchState_OneForTheCurrentPhaseZeroForOthers()
    {
        var samples = PrometheusTextParser.Parse(DashboardMetrics.Render(Input()));

        var states = samples.Where(s => s.Name == "dashboard_watch_state").ToList();
        Assert.Equal(Enum.GetValues<WatchPhase>().Length, states.Count);
        Assert.Equal("Reconnecting", Assert.Single(states, s => s.Value == 1).Labels["phase"]);
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.25, "0.25")]
    [InlineData(-3.0, "-3")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    public void FormatValue_Number_UsesInvariantPrometheusSpelling(double value, string expected) =>
        Assert.Equal(expected, PrometheusTextWriter.FormatValue(value));

    private static MetricsInput Input()
    {
        IClusterItem[] items =
        [
            App("a", Controller.ArgoCD, SyncState.OutOfSync, HealthState.Degraded),
            App("b", Controller.ArgoCD, SyncState.OutOfSync, HealthState.Degraded),
            App("c", Controller.Flux, SyncState.Synced, HealthState.Healthy),
            new CertificateStatus { Key = new ResourceKey("home", ResourceKind.Certificate, "infra", "wildcard"), NotAfter = Now.AddDays(10.5) },
            new CertificateStatus { Key = new ResourceKey("home", ResourceKind.Certificate, "infra", "pending") },
            new VolumeStatus { Key = new ResourceKey("home", ResourceKind.LonghornVolume, "longhorn-system", "pvc-1"), State = "attached", Robustness = "degraded" },
        ];
        var watch = new KindWatchState("home", ResourceKind.Certificate, WatchPhase.Reconnecting, "boom", Now, 2);
        var snapshot = new ClusterSnapshot(7, items.ToImmutableDictionary(i => i.Key),
            ImmutableDictionary<(string, ResourceKind), KindWatchState>.Empty.Add(("home", ResourceKind.Certificate), watch));
        return new MetricsInput(snapshot, Now, "1.2.3", [("home", ResourceKind.Certificate, 2)], [("rollback", "committed", 4), ("rollback", "denied", 1)]);
    }

    private static AppStatus App(string name, Controller controller, SyncState sync, HealthState health) => new()
    {
        Key = new ResourceKey("home", controller == Controller.Flux ? ResourceKind.FluxKustomization : ResourceKind.ArgoApplication, "apps", name),
        Controller = controller,
        Sync = sync,
        Health = health,
    };
}
