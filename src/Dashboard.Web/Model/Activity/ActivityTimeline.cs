using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.History;

namespace Dashboard.Web.Model.Activity;

/// <summary>Merges transitions and audit rows into one timeline, newest first, and formats each line.</summary>
public static class ActivityTimeline
{
    public static IReadOnlyList<ActivityRow> Build(ActivityPage page, int limit)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.Transitions.Select(FromTransition)
            .Concat(page.Actions.Select(FromAction))
            .OrderByDescending(r => r.At)
            .ThenByDescending(r => r.Id, StringComparer.Ordinal)
            .Take(limit)];
    }

    public static ActivityRow FromTransition(TransitionRecord t) => new(
        $"t{t.Id}", t.At, IsAction: false, t.Key.Name, Where(t.Key), NullIfEmpty(DetailLinks.For(t.Key)), t.Field,
        Shorten(t.Field, t.From), Shorten(t.Field, t.To), ToneFor(t.Field, t.To), t.Detail);

    public static ActivityRow FromAction(AuditRecord a)
    {
        var key = AuditTargets.TryParse(a.Target);
        return new ActivityRow(
            $"a{a.Id}", a.RequestedAt, IsAction: true, key?.Name ?? a.Target, key is null ? "" : Where(key),
            key is null ? null : NullIfEmpty(DetailLinks.For(key)), a.Action,
            Format.ShortSha(a.FromRevision), Format.ShortSha(a.ToRevision), "default",
            a.Repository is null ? null : $"{a.Repository}{(a.Branch is null ? "" : "@" + a.Branch)}",
            a.User, a.State.ToString(), OutcomeTone(a.State), a.CommitSha, a.PullRequestUrl, a.Error);
    }

    private static string Where(ResourceKey key) =>
        string.Join(" · ", new[] { key.Namespace, KindLabel(key.Kind), key.Cluster }.Where(s => s.Length > 0));

    private static string KindLabel(ResourceKind kind) => kind switch
    {
        ResourceKind.ArgoApplication => "Argo CD app",
        ResourceKind.ArgoApplicationSet => "Argo CD app set",
        ResourceKind.FluxKustomization => "Flux kustomization",
        ResourceKind.FluxHelmRelease => "Flux Helm release",
        ResourceKind.Certificate => "certificate",
        ResourceKind.LonghornVolume => "volume",
        ResourceKind.LonghornBackup => "backup",
        _ => kind.ToString(),
    };

    private static string? Shorten(string field, string? value) => field == TransitionDetector.Revision ? Format.ShortSha(value) : value;

    /// <summary>The colour of the new value, with the same meaning as on the status pages.</summary>
    public static string ToneFor(string field, string? to) => field switch
    {
        TransitionDetector.Health when Enum.TryParse<HealthState>(to, out var health) => StatusTones.For(health),
        TransitionDetector.Sync when Enum.TryParse<SyncState>(to, out var sync) => StatusTones.For(sync),
        TransitionDetector.Robustness => StatusTones.ForRobustness(to ?? ""),
        TransitionDetector.Ready => to == "True" ? "success" : to == "False" ? "error" : "default",
        TransitionDetector.Renewal => "success",
        TransitionDetector.Backup => "error",
        _ => "info",
    };

    public static string OutcomeTone(AuditState state) => state switch
    {
        AuditState.Committed or AuditState.PullRequestOpened => "success",
        AuditState.NoChange => "default",
        AuditState.Pending => "info",
        AuditState.Failed => "error",
        AuditState.Denied => "warning",
        _ => "default",
    };

    private static string? NullIfEmpty(string link) => link.Length == 0 ? null : link;
}
