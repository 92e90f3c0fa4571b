using System.Collections.Concurrent;
using Octokit.Caching;
using Octokit.Internal;

namespace Dashboard.Git.GitHub;

/// <summary>
/// Octokit's <see cref="IResponseCache"/> hook: keeps successful GET responses with an ETag so Octokit sends
/// If-None-Match and a 304 (free of rate limit) is answered from here. Bounded; the oldest entries go first.
/// </summary>
public sealed class ETagResponseCache(int capacity = 2000) : IResponseCache
{
    private readonly ConcurrentDictionary<string, (CachedResponse.V1 Response, long Stamp)> _entries = new(StringComparer.Ordinal);
    private long _clock;

    public int Count => _entries.Count;

    public Task<CachedResponse.V1?> GetAsync(IRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(_entries.TryGetValue(Key(request), out var entry) ? entry.Response : null);
    }

    public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cachedResponse);
        var status = (int)cachedResponse.StatusCode;
        if (request.Method == HttpMethod.Get && status is >= 200 and < 300 && !string.IsNullOrEmpty(cachedResponse.ApiInfo?.Etag))
        {
            _entries[Key(request)] = (cachedResponse, Interlocked.Increment(ref _clock));
            Trim();
        }

        return Task.CompletedTask;
    }

    private void Trim()
    {
        var excess = _entries.Count - capacity;
        if (excess <= 0)
        {
            return;
        }

        foreach (var key in _entries.OrderBy(e => e.Value.Stamp).Take(excess).Select(e => e.Key).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>Method, absolute URL, query parameters and Accept: what makes two GETs the same resource representation.</summary>
    private static string Key(IRequest request)
    {
        var url = request.BaseAddress is null ? request.Endpoint.ToString() : new Uri(request.BaseAddress, request.Endpoint).ToString();
        var parameters = request.Parameters is null ? string.Empty : string.Join('&', request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        var accept = request.Headers is not null && request.Headers.TryGetValue("Accept", out var value) ? value : string.Empty;
        return $"{request.Method} {url} ?{parameters} {accept}";
    }
}
