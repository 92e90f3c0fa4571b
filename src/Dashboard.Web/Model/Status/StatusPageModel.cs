using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Model.Status;

/// <summary>
/// What <c>/status</c> shows: the Overview's verdict and problems (same <see cref="ProblemFinder"/>), certificates that
/// expire soon, volumes that are not healthy, and how fresh the data is. Plain values; the renderer only encodes them.
/// </summary>
public sealed record StatusPageModel(
    OverviewModel Overview,
    IReadOnlyList<StatusLine> Certificates,
    IReadOnlyList<StatusLine> Volumes,
    DateTimeOffset DataTime)
{
    /// <summary>Enough to see what is wrong on one phone screen; the Overview has the rest.</summary>
    public const int MaxProblems = 6;

    /// <summary>Controller messages can run to paragraphs; the live page has them in full.</summary>
    public const int MaxDetailLength = 90;

    private static readonly CertificateUrgency[] Soon = [CertificateUrgency.Expired, CertificateUrgency.Critical, CertificateUrgency.Warning];

    public string Verdict => Overview.Verdict;

    /// <summary>success, warning or error (the Overview's tone).</summary>
    public string Tone => Overview.VerdictTone;

    public Freshness Freshness => Overview.Freshness;

    /// <summary>The worst <see cref="MaxProblems"/> problems (grouped per item, as on the Overview).</summary>
    public IReadOnlyList<StatusLine> Problems { get; } = Overview.Problems.Take(MaxProblems).Select(p => new StatusLine(
        p.Severity == ProblemSeverity.Critical ? "error" : "warning",
        p.Key is { } key ? $"{key.Namespace}/{key.Name}" : $"{p.Cluster} · {p.Kind}",
        p.Title,
        Shorten(p.Details.Count > 0 ? string.Join("; ", p.Details) : null),
        p.Key is { } k ? DetailLinks.For(k) : "")).ToList();

    public int ProblemCount => Overview.Problems.Count;

    /// <summary>Problems not listed here (see the Overview).</summary>
    public int MoreProblems => ProblemCount - Problems.Count;

    public static string? Shorten(string? text) =>
        text is { Length: > MaxDetailLength } ? text[..(MaxDetailLength - 1)].TrimEnd() + "…" : text;

    public static StatusPageModel From(ClusterSnapshot snapshot, ProblemFinder finder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(finder);
        var overview = OverviewModel.From(snapshot, finder, now);
        var certificates = snapshot.Certificates
            .Select(c => (Certificate: c, Urgency: CertificateExpiry.Classify(c, now)))
            .Where(c => Soon.Contains(c.Urgency))
            .OrderBy(c => c.Certificate.NotAfter)
            .ThenBy(c => c.Certificate.Key.Name, StringComparer.Ordinal)
            .Select(c => new StatusLine(
                c.Urgency is CertificateUrgency.Expired or CertificateUrgency.Critical ? "error" : "warning",
                $"{c.Certificate.Key.Namespace}/{c.Certificate.Key.Name}",
                c.Urgency == CertificateUrgency.Expired ? "expired " + Format.Ago(c.Certificate.NotAfter, now) : "expires " + Format.Ago(c.Certificate.NotAfter, now),
                Shorten(c.Certificate.DnsNames.Count > 0 ? string.Join(", ", c.Certificate.DnsNames) : null),
                DetailLinks.For(c.Certificate.Key)))
            .ToList();
        var volumes = snapshot.Volumes
            .Where(v => v.Robustness is "degraded" or "faulted")
            .OrderBy(v => v.Robustness == "faulted" ? 0 : 1)
            .ThenBy(v => v.Key.Name, StringComparer.Ordinal)
            .Select(v => new StatusLine(
                v.Robustness == "faulted" ? "error" : "warning",
                v.Key.Name,
                v.Robustness,
                VolumeDetail(v),
                DetailLinks.For(v.Key)))
            .ToList();
        return new StatusPageModel(overview, certificates, volumes, now);
    }

    private static string? VolumeDetail(VolumeStatus volume)
    {
        var replicas = volume.HealthyReplicas is { } healthy ? $"{healthy}/{volume.WantedReplicas} replicas" : null;
        var claim = volume.PvcName is { } pvc ? $"{volume.PvcNamespace}/{pvc}" : null;
        var parts = new[] { replicas, claim }.OfType<string>().ToList();
        return parts.Count > 0 ? Shorten(string.Join(" · ", parts)) : null;
    }
}
