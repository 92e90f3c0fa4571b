using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>
/// longhorn.io/v1beta2 Volume → <see cref="VolumeStatus"/>. Longhorn always serializes its fields, with
/// "" for "none"; those read as absent. Replica health and the backup schedule live in other objects
/// (Replica, RecurringJob), so HealthyReplicas and BackupInterval stay unknown here (Core's VolumeEnrichment
/// joins them); the recurring-job labels that select those jobs are read here.
/// </summary>
public sealed class LonghornVolumeMapper : ResourceMapperBase<VolumeStatus>
{
    public override ResourceKind Kind => ResourceKind.LonghornVolume;

    private protected override VolumeStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var status = reader.Object(root, "status");
        var kubernetes = reader.Object(status, "kubernetesStatus");
        var labels = reader.StringMap(reader.Object(root, "metadata"), "labels");
        var (jobs, groups) = RecurringJobLabels(labels);

        return new VolumeStatus
        {
            Key = key,
            State = reader.NonEmptyString(status, "state") ?? "unknown",
            Robustness = reader.NonEmptyString(status, "robustness") ?? "unknown",
            SizeBytes = reader.ByteCount(spec, "size"),
            ActualSizeBytes = reader.ByteCount(status, "actualSize"),
            WantedReplicas = reader.Int(spec, "numberOfReplicas") ?? 0,
            Node = reader.NonEmptyString(status, "currentNodeID"),
            PvcNamespace = reader.NonEmptyString(kubernetes, "namespace"),
            PvcName = reader.NonEmptyString(kubernetes, "pvcName"),
            Workloads = Workloads(reader, kubernetes),
            LastBackupName = reader.NonEmptyString(status, "lastBackup"),
            LastBackupAt = reader.Time(status, "lastBackupAt"),
            RecurringJobs = jobs,
            RecurringJobGroups = groups,
            Conditions = ConditionReader.Read(reader, status),
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override VolumeStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, UnreadableFields = fields };

    /// <summary>
    /// <c>recurring-job.longhorn.io/&lt;job&gt;: enabled</c> and <c>recurring-job-group.longhorn.io/&lt;group&gt;: enabled</c>;
    /// with neither, Longhorn applies the "default" group.
    /// </summary>
    private static (IReadOnlyList<string> Jobs, IReadOnlyList<string> Groups) RecurringJobLabels(IReadOnlyDictionary<string, string> labels)
    {
        const string JobPrefix = "recurring-job.longhorn.io/";
        const string GroupPrefix = "recurring-job-group.longhorn.io/";
        var enabled = labels.Where(l => l.Value == "enabled").Select(l => l.Key).ToList();
        var jobs = enabled.Where(k => k.StartsWith(JobPrefix, StringComparison.Ordinal)).Select(k => k[JobPrefix.Length..]).Order(StringComparer.Ordinal).ToList();
        var groups = enabled.Where(k => k.StartsWith(GroupPrefix, StringComparison.Ordinal)).Select(k => k[GroupPrefix.Length..]).Order(StringComparer.Ordinal).ToList();
        return jobs.Count == 0 && groups.Count == 0 ? ([], ["default"]) : (jobs, groups);
    }

    /// <summary>"StatefulSet/home-assistant" per workload, or the pod name when Longhorn knows no owner.</summary>
    private static IReadOnlyList<string> Workloads(FieldReader reader, JsonNode kubernetes)
    {
        var workloads = new List<string>();
        foreach (var item in reader.Objects(kubernetes, "workloadsStatus"))
        {
            var type = reader.NonEmptyString(item, "workloadType");
            var name = reader.NonEmptyString(item, "workloadName");
            var text = name is null ? reader.NonEmptyString(item, "podName") : type is null ? name : $"{type}/{name}";
            if (text is not null && !workloads.Contains(text))
            {
                workloads.Add(text);
            }
        }

        return workloads;
    }
}
