using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Health;

/// <summary>
/// Answers "is everything fine?" for a snapshot: the problems, worst first then by name, the
/// Overview counts, and which watches are not live. Pure apart from reading the clock.
/// </summary>
public sealed class ProblemFinder(TimeProvider time, ProblemFinderOptions? options = null)
{
    private readonly ProblemFinderOptions _options = options ?? new ProblemFinderOptions();

    public HealthReport Evaluate(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var now = time.GetUtcNow();
        var backupsByVolume = snapshot.Backups
            .GroupBy(b => (b.Key.Cluster, b.VolumeName ?? ""))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BackupStatus>)g.ToList());
        IReadOnlyList<BackupStatus> BackupsOf(string cluster, string volume) =>
            backupsByVolume.TryGetValue((cluster, volume), out var list) ? list : [];

        var stale = snapshot.Watches.Values.Where(WatchRules.IsStale).OrderBy(w => w.Cluster, StringComparer.Ordinal)
            .ThenBy(w => w.Kind).ToList();

        var plainCertificates = TlsSecretCheck.PlainCertificates(snapshot).ToList();
        var problems = stale.Select(WatchRules.For)
            .Concat(snapshot.Apps.SelectMany(AppRules.For))
            .Concat(snapshot.Sources.SelectMany(AppRules.For))
            .Concat(snapshot.Certificates.Concat(plainCertificates).SelectMany(c => CertificateRules.For(c, now, _options.RenewalGrace)))
            .Concat(snapshot.Certificates.SelectMany(c => CertificateRules.ForSecret(c, TlsSecretCheck.SecretOf(snapshot, c))))
            .Concat(VolumeEnrichment.Enrich(snapshot).SelectMany(v => StorageRules.For(v, BackupsOf(v.Key.Cluster, v.Key.Name), now, _options)))
            .Concat(snapshot.Backups.SelectMany(b => StorageRules.For(b, BackupsOf(b.Key.Cluster, b.VolumeName ?? ""))))
            .ToList();

        return new HealthReport(Order(problems), Count(snapshot, plainCertificates, now), stale, now);
    }

    /// <summary>Worst first; within a severity, whole-kind (watch) problems first, then by name, namespace, kind, title.</summary>
    public static IReadOnlyList<Problem> Order(IEnumerable<Problem> problems) => problems
        .OrderBy(p => p.Severity)
        .ThenBy(p => p.Key is null ? 0 : 1)
        .ThenBy(p => p.Key?.Name ?? "", StringComparer.Ordinal)
        .ThenBy(p => p.Key?.Namespace ?? "", StringComparer.Ordinal)
        .ThenBy(p => p.Kind)
        .ThenBy(p => p.Cluster, StringComparer.Ordinal)
        .ThenBy(p => p.Title, StringComparer.Ordinal)
        .ToList();

    private static OverviewCounts Count(ClusterSnapshot snapshot, IReadOnlyList<CertificateStatus> plainCertificates, DateTimeOffset now)
    {
        // ApplicationSets only group apps; counting them too would count each app twice.
        var apps = snapshot.Apps.Where(a => a.Key.Kind != ResourceKind.ArgoApplicationSet).ToList();
        var robustness = new SortedDictionary<string, int>(StringComparer.Ordinal)
        {
            ["healthy"] = 0, ["degraded"] = 0, ["faulted"] = 0, ["unknown"] = 0,
        };
        foreach (var volume in snapshot.Volumes)
        {
            robustness[volume.Robustness] = robustness.GetValueOrDefault(volume.Robustness) + 1;
        }

        return new OverviewCounts(
            Tally(apps.Select(a => a.Health)),
            Tally(apps.Select(a => a.Sync)),
            Tally(snapshot.Certificates.Concat(plainCertificates).Select(c => CertificateExpiry.Classify(c, now))),
            robustness);
    }

    private static IReadOnlyDictionary<T, int> Tally<T>(IEnumerable<T> values)
        where T : struct, Enum
    {
        var counts = Enum.GetValues<T>().ToDictionary(v => v, _ => 0);
        foreach (var value in values)
        {
            counts[value]++;
        }

        return counts;
    }
}
