using Dashboard.Core.Streaming;

namespace Dashboard.Web.Metrics;

/// <summary>The <c>/metrics</c> body: app, certificate, volume, watch and action families in Prometheus text format.</summary>
public static class DashboardMetrics
{
    public static string Render(MetricsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var w = new PrometheusTextWriter();
        var snapshot = input.Snapshot;

        w.Family("dashboard_build_info", "gauge", "Always 1; the dashboard's version as a label.")
            .Sample("dashboard_build_info", 1, ("version", input.Version));

        w.Family("dashboard_apps", "gauge", "Argo CD and Flux apps by controller, cluster, sync and health state.");
        foreach (var group in snapshot.Apps
            .GroupBy(a => (Controller: a.Controller.ToString(), a.Key.Cluster, Sync: a.Sync.ToString(), Health: a.Health.ToString()))
            .OrderBy(g => g.Key))
        {
            w.Sample("dashboard_apps", group.Count(),
                ("controller", group.Key.Controller), ("cluster", group.Key.Cluster), ("sync", group.Key.Sync), ("health", group.Key.Health));
        }

        w.Family("dashboard_certificate_days_left", "gauge", "Days until a cert-manager certificate expires (negative when expired).");
        foreach (var cert in snapshot.Certificates.Where(c => c.NotAfter is not null).OrderBy(c => c.Key.ToString(), StringComparer.Ordinal))
        {
            var days = Math.Round((cert.NotAfter!.Value - input.Now).TotalDays, 3);
            w.Sample("dashboard_certificate_days_left", days, ("cluster", cert.Key.Cluster), ("namespace", cert.Key.Namespace), ("name", cert.Key.Name));
        }

        w.Family("dashboard_volume_state", "gauge", "Longhorn volumes by cluster, state and robustness.");
        foreach (var group in snapshot.Volumes.GroupBy(v => (v.Key.Cluster, v.State, v.Robustness)).OrderBy(g => g.Key))
        {
            w.Sample("dashboard_volume_state", group.Count(),
                ("cluster", group.Key.Cluster), ("state", group.Key.State), ("robustness", group.Key.Robustness));
        }

        w.Family("dashboard_watch_state", "gauge", "1 for the current phase of each watch (one list+watch per cluster and kind), 0 for the others.");
        foreach (var watch in snapshot.Watches.Values.OrderBy(s => s.Cluster, StringComparer.Ordinal).ThenBy(s => s.Kind))
        {
            foreach (var phase in Enum.GetValues<WatchPhase>())
            {
                w.Sample("dashboard_watch_state", watch.Phase == phase ? 1 : 0,
                    ("cluster", watch.Cluster), ("kind", watch.Kind.ToString()), ("phase", phase.ToString()));
            }
        }

        w.Family("dashboard_watch_reconnects_total", "counter", "Watch failures followed by a reconnect, since the dashboard started.");
        foreach (var (cluster, kind, count) in input.Reconnects)
        {
            w.Sample("dashboard_watch_reconnects_total", count, ("cluster", cluster), ("kind", kind.ToString()));
        }

        w.Family("dashboard_actions_total", "counter", "Actions (rollback, set-version, pause, resume, reconcile) by outcome, from the audit log.");
        foreach (var (action, outcome, count) in input.Actions)
        {
            w.Sample("dashboard_actions_total", count, ("kind", action), ("outcome", outcome));
        }

        return w.ToString();
    }
}
