using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>argoproj.io/v1alpha1 Application → <see cref="AppStatus"/>.</summary>
public sealed class ArgoApplicationMapper : ResourceMapperBase<AppStatus>
{
    public override ResourceKind Kind => ResourceKind.ArgoApplication;

    private protected override AppStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var status = reader.Object(root, "status");
        var sync = reader.Object(status, "sync");
        var health = reader.Object(status, "health");

        var sources = ArgoFields.Sources(reader, spec);
        var revisions = reader.Strings(sync, "revisions");
        var revision = reader.String(sync, "revision") ?? revisions.FirstOrDefault();
        var conditions = ReadConditions(reader, status);
        var operation = ReadOperation(reader, status);
        var history = ReadHistory(reader, status);
        var source = sources.FirstOrDefault();
        var healthMessage = reader.String(health, "message");

        var (syncedAt, duration) = operation is { FinishedAt: not null }
            ? (operation.FinishedAt, operation.Duration)
            : history.Count > 0
                ? (history[^1].DeployedAt, Between(history[^1].StartedAt, history[^1].DeployedAt))
                : (null, null);

        return new AppStatus
        {
            Key = key,
            Controller = Controller.ArgoCD,
            Sync = ArgoFields.Sync(reader.String(sync, "status")),
            Health = ArgoFields.Health(reader.String(health, "status")),
            Revision = revision,
            Revisions = revisions.Count > 1 || sources.Count > 1 ? revisions : [],
            AttemptedRevision = operation?.Revision,
            Source = source,
            Sources = sources.Count > 1 ? sources : [],
            AutoSync = IsAutomated(reader, spec),
            LastSyncedAt = syncedAt,
            LastSyncDuration = duration,
            Message = MostUsefulMessage(conditions, operation, healthMessage),
            Conditions = conditions,
            LastOperation = operation,
            History = history,
            Resources = ArgoFields.Resources(reader, status),
            ChartVersion = source?.Chart is not null ? revision ?? NullIfEmpty(source.TargetRevision) : null,
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override AppStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, Controller = Controller.ArgoCD, UnreadableFields = fields };

    /// <summary>syncPolicy.automated present, unless its newer "enabled" switch says false.</summary>
    private static bool IsAutomated(FieldReader reader, JsonNode spec)
    {
        var automated = reader.Object(reader.Object(spec, "syncPolicy"), "automated");
        return automated.Exists && reader.Bool(automated, "enabled") != false;
    }

    // Argo conditions carry type + message only; Status stays empty (see Condition).
    private static IReadOnlyList<Condition> ReadConditions(FieldReader reader, JsonNode status) =>
        ConditionReader.Read(reader, status);

    private static LastOperation? ReadOperation(FieldReader reader, JsonNode status)
    {
        var state = reader.Object(status, "operationState");
        if (!state.Exists)
        {
            return null;
        }

        var result = reader.Object(state, "syncResult");
        var requested = reader.Object(reader.Object(state, "operation"), "sync");
        var revision = reader.String(result, "revision")
            ?? reader.Strings(result, "revisions").FirstOrDefault()
            ?? reader.String(requested, "revision")
            ?? reader.Strings(requested, "revisions").FirstOrDefault();

        return new LastOperation(
            reader.String(state, "phase") ?? "Unknown",
            reader.String(state, "message"),
            revision,
            reader.Time(state, "startedAt"),
            reader.Time(state, "finishedAt"),
            reader.Int(state, "retryCount") ?? 0);
    }

    private static IReadOnlyList<SyncHistoryEntry> ReadHistory(FieldReader reader, JsonNode status)
    {
        var history = new List<SyncHistoryEntry>();
        foreach (var entry in reader.Objects(status, "history"))
        {
            var source = reader.Object(entry, "source");
            var revision = reader.String(entry, "revision") ?? reader.Strings(entry, "revisions").FirstOrDefault() ?? "";
            var chart = reader.String(source, "chart");
            history.Add(new SyncHistoryEntry(
                reader.Long(entry, "id") ?? 0,
                revision,
                reader.Time(entry, "deployStartedAt"),
                reader.Time(entry, "deployedAt"),
                ChartVersion: chart is not null ? reader.String(source, "targetRevision") ?? revision : null));
        }

        return history;
    }

    /// <summary>Error conditions first, then a failed operation, the health message, a running operation, and warnings last.</summary>
    private static string? MostUsefulMessage(IReadOnlyList<Condition> conditions, LastOperation? operation, string? healthMessage)
    {
        var error = conditions.FirstOrDefault(c => ArgoFields.IsError(c) && c.Message is not null);
        if (error is not null)
        {
            return error.Message;
        }

        if (operation is { Phase: "Failed" or "Error" } && !string.IsNullOrEmpty(operation.Message))
        {
            return operation.Message;
        }

        if (!string.IsNullOrEmpty(healthMessage))
        {
            return healthMessage;
        }

        if (operation is { Phase: "Running" or "Terminating" })
        {
            return operation.Message ?? "Sync operation running";
        }

        return conditions.FirstOrDefault(c => c.Message is not null)?.Message ?? operation?.Message;
    }

    private static TimeSpan? Between(DateTimeOffset? start, DateTimeOffset? end) =>
        start is { } s && end is { } e && e >= s ? e - s : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
