using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>
/// The opening of a watch: either an ERROR Status (RV too old) or the events to send first (synthetic ADDED,
/// or replay after the RV) plus the live subscription.
/// </summary>
internal sealed record WatchStart(StoreWatcher? Watcher, IReadOnlyList<StoreEvent> Initial, JsonObject? Error, long ResourceVersion);
