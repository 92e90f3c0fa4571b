using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Hubs;

/// <summary>
/// Folds one batch of store changes into a <see cref="StatusChanges"/> message: the last change per key wins (an
/// upsert then a delete is a removal), events are left out (they are not part of /api/status).
/// </summary>
public static class StatusChangesBuilder
{
    /// <returns>Null when nothing in the batch concerns the status document.</returns>
    public static StatusChanges? Build(IReadOnlyList<ClusterChange> batch, ClusterSnapshot current, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var items = new Dictionary<ResourceKey, IClusterItem?>();
        var watches = new Dictionary<(string, ResourceKind), KindWatchState>();
        foreach (var change in batch)
        {
            switch (change.Type)
            {
                case ChangeType.Upsert when change.Item is { } item && item is not ClusterEvent:
                    items[item.Key] = item;
                    break;
                case ChangeType.Delete when change.Key is { } key && key.Kind != ResourceKind.Event:
                    items[key] = null;
                    break;
                case ChangeType.WatchState when change.Watch is { } watch:
                    watches[(watch.Cluster, watch.Kind)] = watch;
                    break;
            }
        }

        if (items.Count == 0 && watches.Count == 0)
        {
            return null;
        }

        return new StatusChanges(
            current.Version,
            report.EvaluatedAt,
            report.AllGreen,
            report.DataMayBeStale,
            report.Problems,
            Of<AppStatus>(items, IsApp),
            Of<CertificateStatus>(items, k => k == ResourceKind.Certificate),
            Of<VolumeStatus>(items, k => k == ResourceKind.LonghornVolume),
            Of<BackupStatus>(items, k => k == ResourceKind.LonghornBackup),
            Of<GitSourceStatus>(items, k => k == ResourceKind.FluxGitRepository),
            watches.Count == 0 ? null : [.. watches.Values.OrderBy(w => w.Cluster, StringComparer.Ordinal).ThenBy(w => w.Kind)]);
    }

    /// <summary>Whether a batch holds a resync (the subscriber fell behind): the client then gets a whole new snapshot.</summary>
    public static bool NeedsSnapshot(IReadOnlyList<ClusterChange> batch) => batch.Any(c => c.Type == ChangeType.Resync);

    private static bool IsApp(ResourceKind kind) =>
        kind is ResourceKind.ArgoApplication or ResourceKind.ArgoApplicationSet or ResourceKind.FluxKustomization or ResourceKind.FluxHelmRelease;

    private static ItemChanges<T>? Of<T>(Dictionary<ResourceKey, IClusterItem?> items, Func<ResourceKind, bool> ofKind) where T : IClusterItem
    {
        var mine = items.Where(i => ofKind(i.Key.Kind)).ToList();
        if (mine.Count == 0)
        {
            return null;
        }

        return new ItemChanges<T>(
            [.. mine.Select(i => i.Value).OfType<T>().OrderBy(i => i.Key.ToString(), StringComparer.Ordinal)],
            [.. mine.Where(i => i.Value is null).Select(i => i.Key).OrderBy(k => k.ToString(), StringComparer.Ordinal)]);
    }
}
