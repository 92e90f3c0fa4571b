namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>One change in the store's history; <see cref="Previous"/> lets a list be rebuilt as of an older RV.</summary>
internal sealed record StoreEvent(long ResourceVersion, WatchEventType Type, string StorageKey, StoredObject Object, StoredObject? Previous);
