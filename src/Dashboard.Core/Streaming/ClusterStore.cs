using System.Collections.Immutable;
using Dashboard.Core.Cluster;

namespace Dashboard.Core.Streaming;

/// <summary>
/// The in-memory cluster state: immutable snapshots, a version that only grows, and a bounded
/// change queue per subscriber. Writers serialize on one lock; readers never take it.
/// </summary>
public sealed class ClusterStore : IClusterStore, IClusterStoreWriter
{
    public const int DefaultSubscriberCapacity = 4096;

    private readonly Lock _writeLock = new();
    private readonly int _subscriberCapacity;
    private ImmutableArray<StoreSubscriber> _subscribers = [];
    private volatile ClusterSnapshot _current = ClusterSnapshot.Empty;

    public ClusterStore(int subscriberCapacity = DefaultSubscriberCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(subscriberCapacity, 1);
        _subscriberCapacity = subscriberCapacity;
    }

    public ClusterSnapshot Current => _current;

    /// <summary>How many subscribers are registered (for tests and diagnostics).</summary>
    public int SubscriberCount => _subscribers.Length;

    public ClusterSubscription Subscribe()
    {
        var subscriber = new StoreSubscriber(_subscriberCapacity);
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(subscriber));

        // Taken after registering: a change published in between is in the snapshot and in the queue;
        // the filtering reader drops the queued copy by version.
        var snapshot = _current;
        return new ClusterSubscription(snapshot, new SnapshotFilteringReader(subscriber.Reader, snapshot.Version), () =>
        {
            ImmutableInterlocked.Update(ref _subscribers, list => list.Remove(subscriber));
            subscriber.Complete();
        });
    }

    public void Upsert(IClusterItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_writeLock)
        {
            ApplyUpsert(item);
        }
    }

    public void Delete(ResourceKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_writeLock)
        {
            ApplyDelete(key);
        }
    }

    public void ReplaceAll(string cluster, ResourceKind kind, IReadOnlyCollection<IClusterItem> items) => Replace(cluster, kind, null, items);

    public void ReplaceNamespace(string cluster, ResourceKind kind, string ns, IReadOnlyCollection<IClusterItem> items)
    {
        ArgumentException.ThrowIfNullOrEmpty(ns);
        Replace(cluster, kind, ns, items);
    }

    /// <summary>Upserts the items and deletes the rest of the kind (in <paramref name="ns"/> when given), all under one lock.</summary>
    private void Replace(string cluster, ResourceKind kind, string? ns, IReadOnlyCollection<IClusterItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        // Checked before anything is applied, so a wrong item leaves the store as it was.
        if (items.FirstOrDefault(i => i.Key.Cluster != cluster || i.Key.Kind != kind || (ns is not null && i.Key.Namespace != ns)) is { } stray)
        {
            throw new ArgumentException($"Replacing {kind} in {cluster}{(ns is null ? string.Empty : "/" + ns)} was given {stray.Key}, which belongs elsewhere.", nameof(items));
        }

        lock (_writeLock)
        {
            var keep = new HashSet<ResourceKey>();
            foreach (var item in items)
            {
                keep.Add(item.Key);
                ApplyUpsert(item);
            }

            var missing = _current.Items.Keys
                .Where(k => k.Cluster == cluster && k.Kind == kind && (ns is null || k.Namespace == ns) && !keep.Contains(k))
                .ToList();
            foreach (var key in missing)
            {
                ApplyDelete(key);
            }
        }
    }

    public void SetWatchState(KindWatchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_writeLock)
        {
            var slot = (state.Cluster, state.Kind);
            if (_current.Watches.TryGetValue(slot, out var existing) && existing == state)
            {
                return;
            }

            var version = _current.Version + 1;
            Publish(_current with { Version = version, Watches = _current.Watches.SetItem(slot, state) }, ClusterChange.WatchChanged(state, version));
        }
    }

    private void ApplyUpsert(IClusterItem item)
    {
        if (_current.Items.TryGetValue(item.Key, out var existing) && ClusterItemEquality.AreEquivalent(existing, item))
        {
            return;
        }

        var version = _current.Version + 1;
        var appsVersion = item is AppStatus || existing is AppStatus ? version : _current.AppsVersion;
        Publish(_current with { Version = version, AppsVersion = appsVersion, Items = _current.Items.SetItem(item.Key, item) }, ClusterChange.Upserted(item, version));
    }

    private void ApplyDelete(ResourceKey key)
    {
        if (!_current.Items.TryGetValue(key, out var existing))
        {
            return;
        }

        var version = _current.Version + 1;
        var appsVersion = existing is AppStatus ? version : _current.AppsVersion;
        Publish(_current with { Version = version, AppsVersion = appsVersion, Items = _current.Items.Remove(key) }, ClusterChange.Deleted(key, version));
    }

    // Caller holds _writeLock. The snapshot is published before the subscriber list is read, which
    // together with Subscribe's order (register, then snapshot) means no subscriber misses a change.
    private void Publish(ClusterSnapshot next, ClusterChange change)
    {
        _current = next;

        // Full fence: the write above must not be reordered after the read of _subscribers below
        // (Subscribe does the mirror image with an interlocked update followed by a read of _current).
        Interlocked.MemoryBarrier();
        foreach (var subscriber in _subscribers)
        {
            subscriber.Publish(change, next);
        }
    }
}
