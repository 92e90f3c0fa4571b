using Dashboard.Core.Tokens;

namespace Dashboard.Web.Authentication.ApiTokens;

/// <summary>
/// Where a request carries a personal API token: <c>Authorization: Bearer dbt_…</c> anywhere, or the
/// <c>access_token</c> query parameter on the hub path only (browsers cannot set headers on a WebSocket).
/// </summary>
public static class ApiTokenRequest
{
    public const string HubPath = "/hubs/status";
    private const string BearerPrefix = "Bearer ";

    /// <summary>The token, or null when the request carries none (it is then left to the login mode's scheme).</summary>
    public static string? Find(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var value = header[BearerPrefix.Length..].Trim();
            if (value.StartsWith(ApiTokenSecret.Marker, StringComparison.Ordinal))
            {
                return value;
            }
        }

        if (request.Path.StartsWithSegments(HubPath, StringComparison.OrdinalIgnoreCase) &&
            request.Query["access_token"].ToString() is { Length: > 0 } query &&
            query.StartsWith(ApiTokenSecret.Marker, StringComparison.Ordinal))
        {
            return query;
        }

        return null;
    }
}
