using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Health;

/// <summary>
/// Completes a volume with what other Longhorn objects say about it: replica health and nodes (from Replicas)
/// and the backup interval of the backup RecurringJob that applies to it. Pure; used by the problem rules and
/// the Volumes page alike so both judge a backup against the same schedule.
/// </summary>
public static class VolumeEnrichment
{
    public static IReadOnlyList<VolumeStatus> Enrich(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var replicas = snapshot.Replicas.ToLookup(r => (r.Key.Cluster, r.VolumeName ?? ""));
        var jobs = snapshot.RecurringJobs.ToLookup(j => j.Key.Cluster);
        return snapshot.Volumes.Select(v => Enrich(v, jobs[v.Key.Cluster], replicas[(v.Key.Cluster, v.Key.Name)].ToList())).ToList();
    }

    /// <param name="replicas">
    /// The volume's replicas. Longhorn keeps a Replica object even for a failed copy, so none at all means they are
    /// not known (Replicas not watched or not listed yet): the counts then stay unknown.
    /// </param>
    public static VolumeStatus Enrich(VolumeStatus volume, IEnumerable<RecurringJobStatus> jobs, IReadOnlyList<ReplicaStatus>? replicas)
    {
        ArgumentNullException.ThrowIfNull(volume);
        var enriched = volume;
        if (BackupJob(volume, jobs) is { } job)
        {
            enriched = enriched with { BackupJob = job.Name, BackupInterval = job.Interval };
        }

        if (replicas is { Count: > 0 })
        {
            enriched = enriched with
            {
                HealthyReplicas = replicas.Count(r => r.IsHealthy),
                ReplicaNodes = replicas.Select(r => r.NodeId).OfType<string>().Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList(),
            };
        }

        return enriched;
    }

    /// <summary>
    /// The backup job that applies (named by a volume label, or sharing a group with the volume) with the shortest
    /// interval, since the most frequent job sets how fresh a backup should be. Jobs with an unreadable cron are skipped.
    /// </summary>
    public static (string Name, TimeSpan Interval)? BackupJob(VolumeStatus volume, IEnumerable<RecurringJobStatus> jobs)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentNullException.ThrowIfNull(jobs);
        return jobs
            .Where(j => j.IsBackup && j.Key.Cluster == volume.Key.Cluster
                && (volume.RecurringJobs.Contains(j.Key.Name) || j.Groups.Intersect(volume.RecurringJobGroups, StringComparer.Ordinal).Any()))
            .Select(j => (j.Key.Name, Interval: CronSchedule.LongestGap(j.Cron)))
            .Where(j => j.Interval is not null)
            .OrderBy(j => j.Interval)
            .ThenBy(j => j.Name, StringComparer.Ordinal)
            .Select(j => ((string Name, TimeSpan Interval)?)(j.Name, j.Interval!.Value))
            .FirstOrDefault();
    }
}
