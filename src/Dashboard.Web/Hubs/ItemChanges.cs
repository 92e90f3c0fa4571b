using Dashboard.Core.Cluster;

namespace Dashboard.Web.Hubs;

/// <summary>One kind's part of a change batch: the items as they are now, and the keys of the ones that are gone.</summary>
public sealed record ItemChanges<T>(IReadOnlyList<T> Upserted, IReadOnlyList<ResourceKey> Removed) where T : IClusterItem;
