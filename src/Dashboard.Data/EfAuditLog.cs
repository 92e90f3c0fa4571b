using Dashboard.Core.Actions;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary><see cref="IAuditLog"/> on SQLite, one short-lived context per call.</summary>
public sealed class EfAuditLog(IDbContextFactory<DashboardDbContext> contexts) : IAuditLog
{
    private const int MaxError = 4000;

    public async Task<long> WriteIntentAsync(AuditIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = new AuditEntry
        {
            RequestedAt = intent.RequestedAt,
            User = Clip(intent.User, 256)!,
            Action = Clip(intent.Action, 32)!,
            Target = Clip(intent.Target, 512)!,
            Repository = Clip(intent.Repository, 512),
            Branch = Clip(intent.Branch, 256),
            FromRevision = Clip(intent.FromRevision, 64),
            ToRevision = Clip(intent.ToRevision, 64),
            Outcome = AuditOutcome.Pending,
        };
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }

    public async Task CompleteAsync(long id, AuditCompletion completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.AuditEntries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"Audit row {id} does not exist.");
        entry.Outcome = ToOutcome(completion.State);
        entry.CompletedAt = completion.CompletedAt;
        entry.CommitSha = Clip(completion.CommitSha, 64);
        entry.PullRequestUrl = Clip(completion.PullRequestUrl, 512);
        entry.Error = Clip(completion.Error, MaxError);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<AuditEntry> rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Target))
        {
            var prefix = query.Target.TrimEnd('/') + "/";
            rows = rows.Where(e => e.Target == query.Target || e.Target.StartsWith(prefix));
        }

        if (query.State is { } state)
        {
            var outcome = ToOutcome(state);
            rows = rows.Where(e => e.Outcome == outcome);
        }

        var limit = Math.Clamp(query.Limit, 1, AuditQuery.MaxLimit);
        var entries = await rows.OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);
        return [.. entries.Select(ToRecord)];
    }

    private static AuditRecord ToRecord(AuditEntry e) => new(
        e.Id, e.RequestedAt, e.CompletedAt, e.User, e.Action, e.Target, e.Repository, e.Branch, e.FromRevision, e.ToRevision,
        e.CommitSha, e.PullRequestUrl, Enum.Parse<AuditState>(e.Outcome.ToString()), e.Error);

    private static AuditOutcome ToOutcome(AuditState state) => Enum.Parse<AuditOutcome>(state.ToString());

    private static string? Clip(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}
