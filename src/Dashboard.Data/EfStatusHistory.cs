using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.History;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary><see cref="IStatusHistory"/> on SQLite: transitions in their own table, actions read from the audit table.</summary>
public sealed class EfStatusHistory(IDbContextFactory<DashboardDbContext> contexts) : IStatusHistory
{
    public async Task AppendAsync(DateTimeOffset at, IReadOnlyList<StatusChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StatusTransitions.AddRange(changes.Select(c => new StatusTransition
        {
            At = at,
            Cluster = Clip(c.Key.Cluster, 128)!,
            Kind = c.Key.Kind.ToString(),
            Namespace = Clip(c.Key.Namespace, 256)!,
            Name = Clip(c.Key.Name, 256)!,
            Field = Clip(c.Field, 32)!,
            From = Clip(c.From, 256),
            To = Clip(c.To, 256),
            Detail = Clip(c.Detail, 2000),
        }));

        // One SaveChanges is one transaction: a batch lands whole or not at all.
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var transitions = await db.StatusTransitions.Where(t => t.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        transitions += await db.NotificationDeliveries.Where(d => d.At < cutoff).ExecuteDeleteAsync(cancellationToken);

        // A Pending audit row is evidence that start-up still has to settle: never expire it.
        var audits = await db.AuditEntries.Where(e => e.RequestedAt < cutoff && e.Outcome != AuditOutcome.Pending)
            .ExecuteDeleteAsync(cancellationToken);
        return transitions + audits;
    }

    public async Task<ActivityPage> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, ActivityQuery.MaxLimit);
        var pattern = string.IsNullOrWhiteSpace(query.Search) ? null : "%" + EscapeLike(query.Search.Trim()) + "%";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        List<TransitionRecord> transitions = [];
        if (query.Types != ActivityTypes.Actions)
        {
            var rows = db.StatusTransitions.AsNoTracking();
            if (pattern is not null)
            {
                rows = rows.Where(t => EF.Functions.Like(t.Name, pattern, "\\") || EF.Functions.Like(t.Namespace, pattern, "\\"));
            }

            var entities = await rows.OrderByDescending(t => t.At).ThenByDescending(t => t.Id).Take(limit).ToListAsync(cancellationToken);
            transitions = [.. entities.Select(ToRecord).OfType<TransitionRecord>()];
        }

        List<AuditRecord> actions = [];
        if (query.Types != ActivityTypes.Transitions)
        {
            var rows = db.AuditEntries.AsNoTracking();
            if (pattern is not null)
            {
                rows = rows.Where(e => EF.Functions.Like(e.Target, pattern, "\\"));
            }

            var entities = await rows.OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);
            actions = [.. entities.Select(ToRecord)];
        }

        return new ActivityPage(transitions, actions);
    }

    /// <summary>A row whose kind this build no longer knows is skipped rather than failing the page.</summary>
    private static TransitionRecord? ToRecord(StatusTransition t) =>
        Enum.TryParse<ResourceKind>(t.Kind, out var kind)
            ? new TransitionRecord(t.Id, t.At, new ResourceKey(t.Cluster, kind, t.Namespace, t.Name), t.Field, t.From, t.To, t.Detail)
            : null;

    private static AuditRecord ToRecord(AuditEntry e) => new(
        e.Id, e.RequestedAt, e.CompletedAt, e.User, e.Action, e.Target, e.Repository, e.Branch, e.FromRevision, e.ToRevision,
        e.CommitSha, e.PullRequestUrl, Enum.Parse<AuditState>(e.Outcome.ToString()), e.Error);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string? Clip(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}
