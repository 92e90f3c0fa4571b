using Dashboard.Core.Notifications.WebPush;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary><see cref="IPushSubscriptionStore"/> on SQLite, keyed by endpoint.</summary>
public sealed class EfPushSubscriptionStore(IDbContextFactory<DashboardDbContext> contexts) : IPushSubscriptionStore
{
    public async Task<IReadOnlyList<PushSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.WebPushSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return rows.Select(r => new PushSubscription(r.Endpoint, r.P256dh, r.Auth, r.User, r.CreatedAt)).ToList();
    }

    public async Task SaveAsync(PushSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.WebPushSubscriptions.FirstOrDefaultAsync(s => s.Endpoint == subscription.Endpoint, cancellationToken);
        if (row is null)
        {
            db.WebPushSubscriptions.Add(new WebPushSubscription
            {
                Endpoint = subscription.Endpoint,
                P256dh = subscription.P256dh,
                Auth = subscription.Auth,
                User = subscription.User,
                CreatedAt = subscription.CreatedAt,
            });
        }
        else
        {
            row.P256dh = subscription.P256dh;
            row.Auth = subscription.Auth;
            row.User = subscription.User;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(string endpoint, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WebPushSubscriptions.Where(s => s.Endpoint == endpoint).ExecuteDeleteAsync(cancellationToken);
    }
}
