using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary>Audit rows counted by action and outcome, for <c>dashboard_actions_total</c>.</summary>
public sealed class AuditCounts(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<IReadOnlyList<(string Action, string Outcome, long Count)>> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.AuditEntries.AsNoTracking()
            .GroupBy(e => new { e.Action, e.Outcome })
            .Select(g => new { g.Key.Action, g.Key.Outcome, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Action, OutcomeName(r.Outcome), r.Count))
            .OrderBy(r => r.Action, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal)];
    }

    private static string OutcomeName(AuditOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
