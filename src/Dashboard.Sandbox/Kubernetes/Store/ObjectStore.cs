using System.Globalization;
using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>
/// The emulator's etcd + watch cache: objects per resource, one global resourceVersion counter, and a bounded
/// history of events that serves watch replay and exact-RV lists. HTTP requests and in-process callers (tests,
/// the sandbox simulator) go through the same methods, so both raise the same watch events.
/// </summary>
public sealed partial class ObjectStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedDictionary<string, StoredObject>> _objects = new(StringComparer.Ordinal);
    private readonly Queue<StoreEvent> _history = new();
    private readonly List<StoreWatcher> _watchers = [];
    private readonly TimeProvider _time;
    private readonly int _historyLimit;
    private long _resourceVersion;
    private long _compactedRevision;

    public ObjectStore(ResourceRegistry registry, TimeProvider? timeProvider = null, int historyLimit = 10_000, long firstResourceVersion = 100)
    {
        Registry = registry;
        _time = timeProvider ?? TimeProvider.System;
        _historyLimit = Math.Max(1, historyLimit);
        _resourceVersion = firstResourceVersion;
        _compactedRevision = firstResourceVersion;
    }

    public ResourceRegistry Registry { get; }

    /// <summary>The newest resourceVersion handed out (the global counter).</summary>
    public long CurrentResourceVersion
    {
        get
        {
            lock (_gate)
            {
                return _resourceVersion;
            }
        }
    }

    /// <summary>Forgets the event history now: watches and exact lists from any older RV get 410 afterwards.</summary>
    public void Compact()
    {
        lock (_gate)
        {
            _history.Clear();
            _compactedRevision = _resourceVersion;
        }
    }

    public JsonObject? Get(ResourceType type, string? ns, string name)
    {
        lock (_gate)
        {
            return Find(type, ns, name)?.Copy();
        }
    }

    /// <summary>All current objects of a type (optionally in one namespace), in namespace/name order.</summary>
    public IReadOnlyList<JsonObject> List(ResourceType type, string? ns = null) =>
        ListPage(type, ns, new ListQuery()).Items.Select(o => o.Copy()).ToList();

    public int Count(ResourceType type)
    {
        lock (_gate)
        {
            return _objects.TryGetValue(type.StorageKey, out var bucket) ? bucket.Count : 0;
        }
    }

    internal StoredObject? FindStored(ResourceType type, string? ns, string name)
    {
        lock (_gate)
        {
            return Find(type, ns, name);
        }
    }

    internal ListPage ListPage(ResourceType type, string? ns, ListQuery query)
    {
        var labels = LabelSelector.Parse(query.LabelSelector);
        var fields = FieldSelector.Parse(query.FieldSelector, type);
        if (query.ResourceVersionMatch is { Length: > 0 } && string.IsNullOrEmpty(query.ResourceVersion))
        {
            throw new ApiException(KubeStatus.Failure(422, "Invalid",
                "ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided",
                new JsonObject
                {
                    ["group"] = "meta.k8s.io",
                    ["kind"] = "ListOptions",
                    ["causes"] = new JsonArray(new JsonObject { ["reason"] = "FieldValueForbidden", ["message"] = "Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided", ["field"] = "resourceVersionMatch" }),
                }));
        }

        lock (_gate)
        {
            long listRv = _resourceVersion;
            var startAfter = string.Empty;
            SortedDictionary<string, StoredObject> snapshot;
            if (!string.IsNullOrEmpty(query.Continue))
            {
                (listRv, startAfter) = ContinueToken.Decode(query.Continue);
                if (listRv < _compactedRevision)
                {
                    throw KubeStatus.ContinueTooOld(ContinueToken.Encode(-1, startAfter));
                }

                snapshot = StateAt(type, listRv);
            }
            else if (query.ResourceVersionMatch == "Exact")
            {
                listRv = ParseRv(query.ResourceVersion!);
                if (listRv < _compactedRevision)
                {
                    throw KubeStatus.ListTooOld();
                }

                snapshot = StateAt(type, listRv);
            }
            else
            {
                snapshot = Bucket(type);
            }

            var matching = snapshot
                .Where(p => string.CompareOrdinal(p.Key, startAfter) > 0)
                .Select(p => p.Value)
                .Where(o => (ns is null || o.Namespace == ns) && labels.Matches(o) && fields.Matches(o));
            if (query.Limit <= 0)
            {
                return new ListPage(matching.ToList(), listRv, string.Empty, null);
            }

            var all = matching.ToList();
            var page = all.Take(query.Limit).ToList();
            var remaining = all.Count - page.Count;
            return remaining > 0
                ? new ListPage(page, listRv, ContinueToken.Encode(listRv, page[^1].Key), remaining)
                : new ListPage(page, listRv, string.Empty, null);
        }
    }

    internal WatchStart Watch(ResourceType type, string? ns, string? resourceVersion, string? labelSelector, string? fieldSelector)
    {
        var labels = LabelSelector.Parse(labelSelector);
        var fields = FieldSelector.Parse(fieldSelector, type);
        bool Filter(StoredObject o) => (ns is null || o.Namespace == ns) && labels.Matches(o) && fields.Matches(o);
        lock (_gate)
        {
            List<StoreEvent> initial;
            long start;
            if (string.IsNullOrEmpty(resourceVersion) || resourceVersion == "0")
            {
                start = _resourceVersion;
                initial = Bucket(type).Values.Where(Filter)
                    .Select(o => new StoreEvent(o.ResourceVersion, WatchEventType.Added, type.StorageKey, o, null)).ToList();
            }
            else
            {
                start = ParseRv(resourceVersion);
                if (start < _compactedRevision)
                {
                    return new WatchStart(null, [], KubeStatus.WatchTooOld(start, _compactedRevision), start);
                }

                initial = _history.Where(e => e.ResourceVersion > start && e.StorageKey == type.StorageKey && Filter(e.Object)).ToList();
            }

            var watcher = new StoreWatcher(type.StorageKey, Filter, RemoveWatcher);
            _watchers.Add(watcher);
            return new WatchStart(watcher, initial, null, start);
        }
    }

    private void RemoveWatcher(StoreWatcher watcher)
    {
        lock (_gate)
        {
            _watchers.Remove(watcher);
        }
    }

    private void Record(WatchEventType type, ResourceType resource, StoredObject obj, StoredObject? previous)
    {
        var storeEvent = new StoreEvent(obj.ResourceVersion, type, resource.StorageKey, obj, previous);
        _history.Enqueue(storeEvent);
        while (_history.Count > _historyLimit)
        {
            _compactedRevision = _history.Dequeue().ResourceVersion;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Offer(storeEvent);
        }
    }

    /// <summary>The objects of a type as they were at <paramref name="resourceVersion"/>, undoing later events.</summary>
    private SortedDictionary<string, StoredObject> StateAt(ResourceType type, long resourceVersion)
    {
        var live = Bucket(type);
        var later = _history.Where(e => e.ResourceVersion > resourceVersion && e.StorageKey == type.StorageKey).ToList();
        if (later.Count == 0)
        {
            return live;
        }

        var state = new SortedDictionary<string, StoredObject>(live, StringComparer.Ordinal);
        for (var i = later.Count - 1; i >= 0; i--)
        {
            var undo = later[i];
            if (undo.Type == WatchEventType.Added)
            {
                state.Remove(undo.Object.Key);
            }
            else if (undo.Previous is not null)
            {
                state[undo.Previous.Key] = undo.Previous;
            }
        }

        return state;
    }

    private SortedDictionary<string, StoredObject> Bucket(ResourceType type)
    {
        if (!_objects.TryGetValue(type.StorageKey, out var bucket))
        {
            bucket = new SortedDictionary<string, StoredObject>(StringComparer.Ordinal);
            _objects[type.StorageKey] = bucket;
        }

        return bucket;
    }

    private StoredObject? Find(ResourceType type, string? ns, string name) =>
        Bucket(type).GetValueOrDefault((type.Namespaced ? ns ?? string.Empty : string.Empty) + "/" + name);

    private static long ParseRv(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rv)
            ? rv
            : throw KubeStatus.BadRequest($"invalid resource version: {text}");
}
