using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Notifications;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary><see cref="IDeliveryLog"/> on SQLite: one row per attempt.</summary>
public sealed class EfDeliveryLog(IDbContextFactory<DashboardDbContext> contexts) : IDeliveryLog
{
    public async Task RecordAsync(DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var n = attempt.Notification;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.NotificationDeliveries.Add(new NotificationDelivery
        {
            NotificationId = n.Id,
            Target = Clip(attempt.Target, 256)!,
            Attempt = attempt.AttemptNumber,
            At = attempt.At,
            State = n.Kind == NotificationKind.Problem ? "problem" : "recovered",
            Cluster = Clip(n.Key.Cluster, 128)!,
            Kind = n.Key.Kind.ToString(),
            Namespace = Clip(n.Key.Namespace, 256)!,
            Name = Clip(n.Key.Name, 256)!,
            Reason = Clip(n.Reason, 64)!,
            Title = Clip(n.Title, 256)!,
            Message = Clip(n.Message, 2000),
            Link = Clip(n.Link, 2000)!,
            StatusCode = attempt.StatusCode,
            Error = Clip(attempt.Error, 2000),
            Outcome = attempt.Outcome.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryAttempt>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.NotificationDeliveries.AsNoTracking()
            .OrderByDescending(d => d.At).ThenByDescending(d => d.Id)
            .Take(Math.Clamp(count, 1, 1000))
            .ToListAsync(cancellationToken);
        return rows.Select(ToAttempt).ToList();
    }

    private static DeliveryAttempt ToAttempt(NotificationDelivery row)
    {
        var kind = Enum.TryParse<ResourceKind>(row.Kind, out var parsed) ? parsed : ResourceKind.Event;
        var notification = new Notification(row.NotificationId,
            row.State == "problem" ? NotificationKind.Problem : NotificationKind.Recovered,
            new ResourceKey(row.Cluster, kind, row.Namespace, row.Name), row.Reason, row.Title, row.Message, ProblemSeverity.Warning,
            row.Link, row.At);
        var outcome = Enum.TryParse<DeliveryOutcome>(row.Outcome, out var o) ? o : DeliveryOutcome.Failed;
        return new DeliveryAttempt(row.Target, notification, row.Attempt, row.At, row.StatusCode, row.Error, outcome);
    }

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
