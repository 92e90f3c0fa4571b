using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model;

/// <summary>Sync history newest first, each step with the revision deployed before it (when both are commits).</summary>
public static class HistorySteps
{
    public static IReadOnlyList<(SyncHistoryEntry Entry, string? Previous)> Of(AppStatus app)
    {
        var ordered = app.History.OrderByDescending(h => h.DeployedAt).ThenByDescending(h => h.Id).ToList();
        return ordered.Select((entry, i) =>
        {
            var previous = i + 1 < ordered.Count ? ordered[i + 1].Revision : null;
            return (entry, IsSha(entry.Revision) && IsSha(previous) && previous != entry.Revision ? previous : null);
        }).ToList();
    }

    private static bool IsSha(string? revision) => revision is { Length: >= 7 and <= 64 } && revision.All(char.IsAsciiHexDigit);
}
