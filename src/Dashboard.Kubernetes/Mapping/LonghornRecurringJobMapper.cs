using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>longhorn.io/v1beta2 RecurringJob → <see cref="RecurringJobStatus"/>: task, cron, retain, groups.</summary>
public sealed class LonghornRecurringJobMapper : ResourceMapperBase<RecurringJobStatus>
{
    public override ResourceKind Kind => ResourceKind.LonghornRecurringJob;

    private protected override RecurringJobStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        return new RecurringJobStatus
        {
            Key = key,
            Task = reader.NonEmptyString(spec, "task"),
            Cron = reader.NonEmptyString(spec, "cron"),
            Retain = reader.Int(spec, "retain"),
            Groups = reader.Strings(spec, "groups"),
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override RecurringJobStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, UnreadableFields = fields };
}
