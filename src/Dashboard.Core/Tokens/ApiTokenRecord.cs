namespace Dashboard.Core.Tokens;

/// <summary>One token as listed and as authenticated: everything but its hash.</summary>
public sealed record ApiTokenRecord(
    long Id,
    string Name,
    ApiTokenRole Role,
    string Prefix,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy)
{
    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now;

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && !IsExpired(now);
}
