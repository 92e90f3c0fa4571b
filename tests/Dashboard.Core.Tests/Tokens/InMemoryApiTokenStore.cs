using Dashboard.Core.Tokens;

namespace Dashboard.Core.Tests.Tokens;

/// <summary>A hand-written store for the service's rules; the SQLite store is exercised by the web tests.</summary>
internal sealed class InMemoryApiTokenStore : IApiTokenStore
{
    private readonly List<StoredApiToken> _rows = [];

    public int MarkUsedCalls { get; private set; }

    public IReadOnlyList<StoredApiToken> Rows => _rows;

    public Task<long> AddAsync(StoredApiToken token, CancellationToken cancellationToken = default)
    {
        var id = _rows.Count + 1;
        _rows.Add(token with { Record = token.Record with { Id = id } });
        return Task.FromResult((long)id);
    }

    public Task<IReadOnlyList<StoredApiToken>> FindByPrefixAsync(string prefix, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredApiToken>>([.. _rows.Where(r => r.Record.Prefix == prefix)]);

    public Task<IReadOnlyList<ApiTokenRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ApiTokenRecord>>([.. _rows.Select(r => r.Record).Reverse()]);

    public Task<bool> RevokeAsync(long id, DateTimeOffset at, string by, CancellationToken cancellationToken = default) =>
        Task.FromResult(Update(id, r => r.RevokedAt is null, r => r with { RevokedAt = at, RevokedBy = by }));

    public Task MarkUsedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        MarkUsedCalls++;
        Update(id, _ => true, r => r with { LastUsedAt = at });
        return Task.CompletedTask;
    }

    private bool Update(long id, Func<ApiTokenRecord, bool> when, Func<ApiTokenRecord, ApiTokenRecord> change)
    {
        var index = _rows.FindIndex(r => r.Record.Id == id);
        if (index < 0 || !when(_rows[index].Record))
        {
            return false;
        }

        _rows[index] = _rows[index] with { Record = change(_rows[index].Record) };
        return true;
    }
}
