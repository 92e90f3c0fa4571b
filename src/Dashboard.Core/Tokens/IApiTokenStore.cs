namespace Dashboard.Core.Tokens;

/// <summary>Where token rows live (SQLite in the app). Never sees a token, only its hash and prefix.</summary>
public interface IApiTokenStore
{
    /// <returns>The new row's id.</returns>
    Task<long> AddAsync(StoredApiToken token, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredApiToken>> FindByPrefixAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Newest first, revoked ones included.</summary>
    Task<IReadOnlyList<ApiTokenRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <returns>False when there is no such token or it was already revoked.</returns>
    Task<bool> RevokeAsync(long id, DateTimeOffset at, string by, CancellationToken cancellationToken = default);

    Task MarkUsedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken = default);
}
