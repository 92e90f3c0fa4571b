using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>Sync state and source references shared by the Flux app kinds.</summary>
internal static class FluxSync
{
    /// <summary>
    /// OutOfSync when the controller tried a revision it has not applied; Synced when Ready=True and the
    /// revisions agree; Unknown when there is no Ready condition yet.
    /// </summary>
    public static SyncState Of(IReadOnlyList<Condition> conditions, string? applied, string? attempted)
    {
        if (attempted is not null && !SameRevision(applied, attempted))
        {
            return SyncState.OutOfSync;
        }

        var ready = ConditionReader.Find(conditions, "Ready");
        if (ready is null)
        {
            return SyncState.Unknown;
        }

        return applied is not null || ready.IsTrue ? SyncState.Synced : SyncState.OutOfSync;
    }

    /// <summary>Helm history records "6.6.1+0cc9a8446c95" for OCI charts while lastAttemptedRevision says "6.6.1".</summary>
    public static bool SameRevision(string? applied, string attempted) =>
        applied is not null
        && (string.Equals(applied, attempted, StringComparison.Ordinal)
            || applied.StartsWith(attempted + "+", StringComparison.Ordinal)
            || attempted.StartsWith(applied + "+", StringComparison.Ordinal));

    /// <summary>"GitRepository/&lt;namespace&gt;/&lt;name&gt;", the namespace defaulting to the object's own.</summary>
    public static string? SourceRef(FieldReader reader, JsonNode owner, ResourceKey key, string name = "sourceRef")
    {
        var reference = reader.Object(owner, name);
        if (!reference.Exists)
        {
            return null;
        }

        var kind = reader.String(reference, "kind");
        var target = reader.String(reference, "name");
        if (string.IsNullOrEmpty(kind) || string.IsNullOrEmpty(target))
        {
            reader.MarkUnreadable(reference.Path);
            return null;
        }

        var ns = reader.String(reference, "namespace");
        return $"{kind}/{(string.IsNullOrEmpty(ns) ? key.Namespace : ns)}/{target}";
    }
}
