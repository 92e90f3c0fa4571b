namespace Dashboard.Core.Tokens;

/// <summary>
/// Creates, checks and revokes personal API tokens. Pure rules over <see cref="IApiTokenStore"/> and a clock, so the
/// web layer only adapts requests to it.
/// </summary>
public sealed class ApiTokenService(IApiTokenStore store, TimeProvider time)
{
    public const int MaxNameLength = 100;

    /// <summary>Last-used times are written at most this often per token, so a busy widget does not write on every request.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <param name="creatorCanOperate">Whether the creator may act; a token never gets more than its creator.</param>
    /// <exception cref="ArgumentException">A missing or too long name, a role above the creator's, an expiry in the past.</exception>
    public async Task<CreatedApiToken> CreateAsync(
        string name, ApiTokenRole role, DateTimeOffset? expiresAt, string createdBy, bool creatorCanOperate, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
        {
            throw new ArgumentException($"Give the token a name of 1 to {MaxNameLength} characters (what uses it, e.g. \"start page\").", nameof(name));
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentException($"Role must be {ApiTokenRole.Viewer} or {ApiTokenRole.Operator}.", nameof(role));
        }

        if (role == ApiTokenRole.Operator && !creatorCanOperate)
        {
            throw new ArgumentException("A token cannot have a role above its creator's: you may create Viewer tokens only.", nameof(role));
        }

        var now = time.GetUtcNow();
        if (expiresAt is { } expires && expires <= now)
        {
            throw new ArgumentException("The expiry must be in the future.", nameof(expiresAt));
        }

        var secret = ApiTokenSecret.Generate();
        var record = new ApiTokenRecord(0, trimmed, role, ApiTokenSecret.Prefix(secret), createdBy, now, expiresAt, null, null, null);
        var id = await store.AddAsync(new StoredApiToken(record, ApiTokenSecret.Hash(secret)), cancellationToken);
        return new CreatedApiToken(record with { Id = id }, secret);
    }

    /// <summary>Finds the token's row by prefix, compares hashes in constant time, then checks revocation and expiry.</summary>
    public async Task<ApiTokenCheck> CheckAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!ApiTokenSecret.HasTokenShape(token))
        {
            return ApiTokenCheck.Refused("The token is malformed.");
        }

        ApiTokenRecord? match = null;
        foreach (var candidate in await store.FindByPrefixAsync(ApiTokenSecret.Prefix(token), cancellationToken))
        {
            if (ApiTokenSecret.HashMatches(candidate.Hash, token))
            {
                match = candidate.Record;
            }
        }

        var now = time.GetUtcNow();
        if (match is null)
        {
            return ApiTokenCheck.Refused("The token is unknown.");
        }

        if (match.RevokedAt is not null)
        {
            return ApiTokenCheck.Refused("The token was revoked.");
        }

        if (match.IsExpired(now))
        {
            return ApiTokenCheck.Refused("The token expired.");
        }

        if (match.LastUsedAt is not { } used || now - used >= LastUsedResolution)
        {
            await store.MarkUsedAsync(match.Id, now, cancellationToken);
            match = match with { LastUsedAt = now };
        }

        return ApiTokenCheck.Valid(match);
    }

    public Task<IReadOnlyList<ApiTokenRecord>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(cancellationToken);

    public Task<bool> RevokeAsync(long id, string revokedBy, CancellationToken cancellationToken = default) =>
        store.RevokeAsync(id, time.GetUtcNow(), revokedBy, cancellationToken);
}
