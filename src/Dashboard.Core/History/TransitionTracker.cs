using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.History;

/// <summary>
/// Remembers the last record of every object whose status is recorded and turns the store's changes
/// into transitions. Seeded from the subscription's snapshot, so start-up records nothing: only what
/// moves afterwards. Objects that arrive with a kind's first list (the store starts empty, so that is
/// all of them at start-up) are a baseline too, until the kind's watch reports Watching once.
/// Not thread-safe; one reader owns it.
/// </summary>
public sealed class TransitionTracker
{
    private readonly Dictionary<ResourceKey, IClusterItem> _last = [];
    private readonly HashSet<(string Cluster, ResourceKind Kind)> _listed = [];

    public TransitionTracker(ClusterSnapshot initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        Remember(initial);
    }

    public IReadOnlyList<StatusChange> Apply(IEnumerable<ClusterChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var found = new List<StatusChange>();
        foreach (var change in changes)
        {
            switch (change.Type)
            {
                case ChangeType.Upsert when change.Item is { } item && IsTracked(item):
                    if (_last.TryGetValue(item.Key, out var previous) || _listed.Contains((item.Key.Cluster, item.Key.Kind)))
                    {
                        found.AddRange(TransitionDetector.Detect(previous, item));
                    }

                    _last[item.Key] = item;
                    break;
                case ChangeType.WatchState when change.Watch is { Phase: WatchPhase.Watching } watch:
                    _listed.Add((watch.Cluster, watch.Kind));
                    break;
                case ChangeType.Delete when change.Key is { } key:
                    _last.Remove(key);
                    break;
                case ChangeType.Resync when change.Snapshot is { } snapshot:
                    // Changes were dropped; compare what we knew with the new whole truth.
                    foreach (var item in snapshot.Items.Values.Where(IsTracked))
                    {
                        if (_last.TryGetValue(item.Key, out var before))
                        {
                            found.AddRange(TransitionDetector.Detect(before, item));
                        }
                    }

                    _last.Clear();
                    Remember(snapshot);
                    break;
            }
        }

        return found;
    }

    private void Remember(ClusterSnapshot snapshot)
    {
        foreach (var watch in snapshot.Watches.Values.Where(w => w.Phase == WatchPhase.Watching))
        {
            _listed.Add((watch.Cluster, watch.Kind));
        }

        foreach (var item in snapshot.Items.Values.Where(IsTracked))
        {
            _last[item.Key] = item;
        }
    }

    private static bool IsTracked(IClusterItem item) => item is AppStatus or CertificateStatus or VolumeStatus or BackupStatus;
}
