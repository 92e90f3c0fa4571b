using Dashboard.Core.Tokens;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary><see cref="IApiTokenStore"/> on SQLite: the ApiTokens table.</summary>
public sealed class EfApiTokenStore(IDbContextFactory<DashboardDbContext> contexts) : IApiTokenStore
{
    public async Task<long> AddAsync(StoredApiToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var r = token.Record;
        var entity = new ApiToken
        {
            Name = r.Name,
            Role = r.Role.ToString(),
            Prefix = r.Prefix,
            Hash = token.Hash,
            CreatedBy = r.CreatedBy.Length > 256 ? r.CreatedBy[..256] : r.CreatedBy,
            CreatedAt = r.CreatedAt,
            ExpiresAt = r.ExpiresAt,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    public async Task<IReadOnlyList<StoredApiToken>> FindByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.Prefix == prefix).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StoredApiToken(ToRecord(r), r.Hash))];
    }

    public async Task<IReadOnlyList<ApiTokenRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(ToRecord)];
    }

    public async Task<bool> RevokeAsync(long id, DateTimeOffset at, string by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var clipped = by.Length > 256 ? by[..256] : by;
        var changed = await db.ApiTokens.Where(t => t.Id == id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, at).SetProperty(t => t.RevokedBy, clipped), cancellationToken);
        return changed > 0;
    }

    public async Task MarkUsedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ApiTokens.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, at), cancellationToken);
    }

    private static ApiTokenRecord ToRecord(ApiToken r) => new(
        r.Id,
        r.Name,
        Enum.TryParse<ApiTokenRole>(r.Role, out var role) ? role : ApiTokenRole.Viewer,
        r.Prefix,
        r.CreatedBy,
        r.CreatedAt,
        r.ExpiresAt,
        r.LastUsedAt,
        r.RevokedAt,
        r.RevokedBy);
}
