namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>One page of a LIST: items in namespace/name order, the collection RV, and paging state.</summary>
internal sealed record ListPage(IReadOnlyList<StoredObject> Items, long ResourceVersion, string Continue, long? RemainingItemCount);
