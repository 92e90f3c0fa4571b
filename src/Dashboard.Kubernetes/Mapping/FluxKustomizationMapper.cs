using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// kustomize.toolkit.fluxcd.io/v1 Kustomization → <see cref="AppStatus"/>. Sync is OutOfSync while
/// the last attempted revision differs from the last applied one (a new commit failed to apply).
/// Source.RepoUrl stays empty: the store fills it from the referenced GitRepository.
/// </summary>
public sealed class FluxKustomizationMapper : ResourceMapperBase<AppStatus>
{
    public override ResourceKind Kind => ResourceKind.FluxKustomization;

    private protected override AppStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var status = reader.Object(root, "status");
        var suspended = reader.Bool(spec, "suspend") ?? false;
        var conditions = ConditionReader.Read(reader, status);
        var (health, deciding) = FluxReadiness.Evaluate(conditions, suspended);
        var applied = FluxRevision.Sha(reader.String(status, "lastAppliedRevision"));
        var attempted = FluxRevision.Sha(reader.String(status, "lastAttemptedRevision"));
        var historyNodes = reader.Objects(status, "history");
        var history = ReadHistory(reader, historyNodes);
        var latest = history.Count > 0 ? history[0] : null;
        var duration = historyNodes.Count > 0 ? reader.Duration(historyNodes[0], "lastReconciledDuration") : null;
        var finishedAt = latest?.DeployedAt ?? deciding?.LastTransitionTime;

        return new AppStatus
        {
            Key = key,
            Controller = Controller.Flux,
            Sync = FluxSync.Of(conditions, applied, attempted),
            Health = health,
            Revision = applied,
            AttemptedRevision = attempted,
            Source = new AppSource("", reader.String(spec, "path") ?? "", "", SourceRef: FluxSync.SourceRef(reader, spec, key)),
            AutoSync = !suspended,
            Suspended = suspended,
            LastSyncedAt = finishedAt,
            LastSyncDuration = duration,
            Message = deciding?.Message,
            Conditions = conditions,
            LastOperation = deciding is null && latest is null ? null : new LastOperation(
                FluxReadiness.Phase(health), deciding?.Message, attempted,
                finishedAt is { } f && duration is { } d ? f - d : null, finishedAt),
            History = history,
            Resources = InventoryReader.Read(reader, status),
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override AppStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, Controller = Controller.Flux, UnreadableFields = fields };

    /// <summary>status.history is newest first; ids count up from the oldest so they read like Argo's.</summary>
    private static IReadOnlyList<SyncHistoryEntry> ReadHistory(FieldReader reader, IReadOnlyList<JsonNode> entries)
    {
        var history = new List<SyncHistoryEntry>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var metadata = reader.Object(entry, "metadata");
            history.Add(new SyncHistoryEntry(
                entries.Count - i,
                FluxRevision.Sha(reader.String(metadata, "revision")) ?? "",
                reader.Time(entry, "firstReconciled"),
                reader.Time(entry, "lastReconciled"),
                reader.String(entry, "lastReconciledStatus")));
        }

        return history;
    }
}
