using Microsoft.IdentityModel.Tokens;

namespace Dashboard.Web.Authentication.CloudflareAccess;

/// <summary>
/// The team's public keys, fetched once and kept; fetched again when a token names a key we do not have
/// (Cloudflare rotates keys) or the copy is old, but at most once per <see cref="MinimumRefreshInterval"/>
/// so tokens with made-up key ids cannot hammer the JWKS endpoint.
/// </summary>
public sealed class CloudflareAccessKeyCache(HttpClient httpClient, TimeProvider time, ILogger<CloudflareAccessKeyCache> logger)
{
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaximumAge = TimeSpan.FromHours(12);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private IReadOnlyList<SecurityKey> _keys = [];
    private DateTimeOffset? _fetchedAt;
    private DateTimeOffset? _attemptedAt;

    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(Uri jwksUri, string? keyId, CancellationToken cancellationToken)
    {
        if (!NeedsRefresh(keyId))
        {
            return _keys;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (NeedsRefresh(keyId) && MayRefresh())
            {
                await RefreshAsync(jwksUri, cancellationToken);
            }

            return _keys;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool NeedsRefresh(string? keyId) =>
        _fetchedAt is null ||
        time.GetUtcNow() - _fetchedAt > MaximumAge ||
        (!string.IsNullOrEmpty(keyId) && !_keys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal)));

    private bool MayRefresh() => _attemptedAt is null || time.GetUtcNow() - _attemptedAt >= MinimumRefreshInterval;

    private async Task RefreshAsync(Uri jwksUri, CancellationToken cancellationToken)
    {
        _attemptedAt = time.GetUtcNow();
        try
        {
            var json = await httpClient.GetStringAsync(jwksUri, cancellationToken);
            var keys = new JsonWebKeySet(json).GetSigningKeys();
            if (keys.Count == 0)
            {
                logger.LogWarning("Cloudflare Access key set at {JwksUri} holds no signing keys; keeping the {Count} known keys", jwksUri, _keys.Count);
                return;
            }

            _keys = keys.ToList();
            _fetchedAt = _attemptedAt;
            logger.LogInformation("Loaded {Count} Cloudflare Access signing keys from {JwksUri}: {KeyIds}", _keys.Count, jwksUri, string.Join(", ", _keys.Select(k => k.KeyId)));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ArgumentException or InvalidOperationException)
        {
            logger.LogWarning("Cannot load Cloudflare Access signing keys from {JwksUri}: {Error}; keeping the {Count} known keys", jwksUri, ex.Message, _keys.Count);
        }
    }
}
