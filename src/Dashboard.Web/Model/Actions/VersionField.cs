using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Actions;

/// <summary>The one scalar the app page offers to change, per app kind, with its current value.</summary>
public sealed record AppVersionField(string Label, string Locator, string? Current)
{
    public static AppVersionField? For(AppStatus app) => app.Key.Kind switch
    {
        ResourceKind.FluxHelmRelease => new("Chart version", "spec.chart.spec.version", app.ChartVersion),
        ResourceKind.ArgoApplication when app.Source is { Chart: not null } source =>
            new("Chart version (targetRevision)", "spec.source.targetRevision", source.TargetRevision),
        ResourceKind.ArgoApplication when app.Source is { } source =>
            new("Target revision", "spec.source.targetRevision", source.TargetRevision),
        _ => null,
    };
}
