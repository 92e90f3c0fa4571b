using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// argoproj.io/v1alpha1 ApplicationSet → <see cref="AppStatus"/> (Controller ArgoCD). Health follows
/// Argo CD's own ApplicationSet check (ErrorOccurred=True or ResourcesUpToDate=False → Degraded,
/// RolloutProgressing=True → Progressing); when that says Healthy, the worst child app from
/// status.resources decides, so a set with a Degraded app is not shown green.
/// </summary>
public sealed class ArgoApplicationSetMapper : ResourceMapperBase<AppStatus>
{
    public override ResourceKind Kind => ResourceKind.ArgoApplicationSet;

    private protected override AppStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var status = reader.Object(root, "status");
        var templateSpec = reader.Object(reader.Object(spec, "template"), "spec");
        var sources = ArgoFields.Sources(reader, templateSpec);
        var conditions = ConditionReader.Read(reader, status);
        var resources = ArgoFields.Resources(reader, status);
        var automated = reader.Object(reader.Object(templateSpec, "syncPolicy"), "automated");

        var (health, message) = HealthFromConditions(conditions, status.Exists);
        if (health == HealthState.Healthy)
        {
            (health, message) = RollUp(resources, message);
        }

        return new AppStatus
        {
            Key = key,
            Controller = Controller.ArgoCD,
            Health = health,
            Sync = SyncOf(resources),
            Source = sources.FirstOrDefault(),
            Sources = sources.Count > 1 ? sources : [],
            AutoSync = automated.Exists && reader.Bool(automated, "enabled") != false,
            Message = message,
            Conditions = conditions,
            Resources = resources,
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override AppStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, Controller = Controller.ArgoCD, UnreadableFields = fields };

    private static (HealthState, string?) HealthFromConditions(IReadOnlyList<Condition> conditions, bool hasStatus)
    {
        foreach (var condition in conditions)
        {
            switch (condition.Type)
            {
                case "ErrorOccurred" when condition.IsTrue:
                    return (HealthState.Degraded, condition.Message);
                case "ResourcesUpToDate" when FluxReadiness.IsFalse(condition):
                    return (HealthState.Degraded, condition.Message);
                case "RolloutProgressing" when condition.IsTrue:
                    return (HealthState.Progressing, condition.Message);
            }
        }

        var upToDate = ConditionReader.Find(conditions, "ResourcesUpToDate");
        if (upToDate is { IsTrue: true })
        {
            return (HealthState.Healthy, upToDate.Message);
        }

        return (hasStatus && conditions.Count > 0 ? HealthState.Progressing : HealthState.Unknown,
            "Waiting for the status to be reported");
    }

    private static (HealthState, string?) RollUp(IReadOnlyList<ManagedResource> resources, string? message)
    {
        var unhealthy = resources.Where(r => r.Health is HealthState.Degraded or HealthState.Missing).ToList();
        if (unhealthy.Count > 0)
        {
            var names = string.Join(", ", unhealthy.Select(r => r.Name));
            return (HealthState.Degraded, $"{unhealthy.Count} of {resources.Count} applications unhealthy: {names}");
        }

        return resources.Any(r => r.Health == HealthState.Progressing)
            ? (HealthState.Progressing, message)
            : (HealthState.Healthy, message);
    }

    private static SyncState SyncOf(IReadOnlyList<ManagedResource> resources)
    {
        if (resources.Count == 0)
        {
            return SyncState.Unknown;
        }

        if (resources.Any(r => r.Sync == SyncState.OutOfSync))
        {
            return SyncState.OutOfSync;
        }

        return resources.All(r => r.Sync == SyncState.Synced) ? SyncState.Synced : SyncState.Unknown;
    }
}
