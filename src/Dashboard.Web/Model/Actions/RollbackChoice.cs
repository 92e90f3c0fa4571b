using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Actions;

/// <summary>A revision from the app's own sync history that it can be rolled back to (not the one it runs).</summary>
public sealed record RollbackChoice(string Sha, string Label)
{
    public static IReadOnlyList<RollbackChoice> From(AppStatus app) =>
        app.History
            .Where(h => IsSha(h.Revision) && !string.Equals(h.Revision, app.Revision, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(h => h.DeployedAt)
            .DistinctBy(h => h.Revision)
            .Select(h => new RollbackChoice(h.Revision, $"{Format.ShortSha(h.Revision)} · deployed {Format.Timestamp(h.DeployedAt)}"))
            .ToList();

    private static bool IsSha(string revision) => revision.Length is >= 7 and <= 64 && revision.All(char.IsAsciiHexDigit);
}
