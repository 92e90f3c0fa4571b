using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// helm.toolkit.fluxcd.io/v2 (and v2beta2) HelmRelease → <see cref="AppStatus"/>. Revision and
/// ChartVersion are the chart version of the release Helm reports "deployed" in status.history (v2beta1's
/// lastAppliedRevision when there is no history); failure counters become the retry count.
/// </summary>
public sealed class FluxHelmReleaseMapper : ResourceMapperBase<AppStatus>
{
    public override ResourceKind Kind => ResourceKind.FluxHelmRelease;

    private protected override AppStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var status = reader.Object(root, "status");
        var suspended = reader.Bool(spec, "suspend") ?? false;
        var conditions = ConditionReader.Read(reader, status);
        var (health, deciding) = FluxReadiness.Evaluate(conditions, suspended);
        var history = ReadHistory(reader, status);
        var latest = history.Count > 0 ? history[0] : null;
        // A failed upgrade leaves the previous release "deployed": that is what runs.
        var running = history.FirstOrDefault(h => h.Status == "deployed") ?? latest;
        var deployed = running?.ChartVersion ?? reader.String(status, "lastAppliedRevision");
        var attempted = reader.String(status, "lastAttemptedRevision");
        var failures = reader.Long(status, "failures")
            ?? (reader.Long(status, "installFailures") ?? 0) + (reader.Long(status, "upgradeFailures") ?? 0);
        var chartName = history.Count > 0 ? ChartNameOf(reader, status) : null;

        return new AppStatus
        {
            Key = key,
            Controller = Controller.Flux,
            Sync = FluxSync.Of(conditions, deployed, attempted),
            Health = health,
            Revision = deployed,
            AttemptedRevision = attempted,
            ChartVersion = deployed,
            Source = ReadSource(reader, spec, key, chartName),
            AutoSync = !suspended,
            Suspended = suspended,
            LastSyncedAt = latest?.DeployedAt,
            Message = deciding?.Message,
            Conditions = conditions,
            LastOperation = deciding is null ? null : new LastOperation(
                FluxReadiness.Phase(health), deciding.Message, attempted, null, deciding.LastTransitionTime,
                (int)Math.Clamp(failures, 0, int.MaxValue)),
            History = history,
            Resources = InventoryReader.Read(reader, status),
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override AppStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, Controller = Controller.Flux, UnreadableFields = fields };

    /// <summary>spec.chart.spec (chart, version, sourceRef) or spec.chartRef (OCIRepository / HelmChart).</summary>
    private static AppSource? ReadSource(FieldReader reader, JsonNode spec, ResourceKey key, string? chartName)
    {
        var chartSpec = reader.Object(reader.Object(spec, "chart"), "spec");
        if (chartSpec.Exists)
        {
            return new AppSource("", "", reader.String(chartSpec, "version") ?? "",
                reader.String(chartSpec, "chart") ?? chartName, FluxSync.SourceRef(reader, chartSpec, key));
        }

        var chartRef = FluxSync.SourceRef(reader, spec, key, "chartRef");
        return chartRef is null ? null : new AppSource("", "", "", chartName, chartRef);
    }

    /// <summary>Newest first, as Flux writes it; the Helm release version is the id.</summary>
    private static IReadOnlyList<SyncHistoryEntry> ReadHistory(FieldReader reader, JsonNode status)
    {
        var history = new List<SyncHistoryEntry>();
        foreach (var entry in reader.Objects(status, "history"))
        {
            var chartVersion = reader.String(entry, "chartVersion");
            history.Add(new SyncHistoryEntry(
                reader.Long(entry, "version") ?? 0,
                chartVersion ?? reader.String(entry, "digest") ?? "",
                reader.Time(entry, "firstDeployed"),
                reader.Time(entry, "lastDeployed"),
                reader.String(entry, "status"),
                chartVersion));
        }

        return history;
    }

    private static string? ChartNameOf(FieldReader reader, JsonNode status) =>
        reader.Objects(status, "history").Select(e => reader.String(e, "chartName")).FirstOrDefault(n => n is not null);
}
