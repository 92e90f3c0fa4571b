using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dashboard.Sandbox.GitHub;

/// <summary>
/// <c>POST /app/installations/{id}/access_tokens</c>: verifies the app's RS256 JWT (signature, <c>iss</c>, <c>iat</c>, <c>exp</c>
/// at most 10 minutes) and issues an installation token the other endpoints then accept until it expires.
/// </summary>
internal sealed class InstallationTokenEndpoint(GitHubEmulatorOptions options)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);

    public int IssuedCount => _issued.Count;

    public bool IsValidToken(string token) =>
        _issued.TryGetValue(token, out var expiresAt) && options.TimeProvider.GetUtcNow() < expiresAt;

    public GitHubApiResult? Handle(string method, string[] segments, string authorization)
    {
        if (segments is not ["app", "installations", var id, "access_tokens"])
        {
            return null;
        }

        if (method != "POST" || options.App is not { } app
            || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var installation) || installation != app.InstallationId)
        {
            return GitHubApiResult.NotFound();
        }

        var jwt = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
        var problem = jwt is null ? "A JSON web token could not be decoded" : Verify(jwt, app);
        if (problem is not null)
        {
            return GitHubApiResult.Error(HttpStatusCode.Unauthorized, problem, "https://docs.github.com/rest");
        }

        var token = "ghs_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));
        var expiresAt = options.TimeProvider.GetUtcNow() + options.InstallationTokenLifetime;
        _issued[token] = expiresAt;
        return GitHubApiResult.Created(new Dictionary<string, object?>
        {
            ["token"] = token,
            ["expires_at"] = GitHubJson.Date(expiresAt),
            ["permissions"] = new Dictionary<string, string> { ["contents"] = "write", ["pull_requests"] = "write" },
            ["repository_selection"] = "all",
        });
    }

    /// <summary>Null when valid, else GitHub's kind of message.</summary>
    private string? Verify(string jwt, GitHubAppRegistration app)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return "A JSON web token could not be decoded";
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url(parts[0]));
            if (header.RootElement.GetProperty("alg").GetString() != "RS256")
            {
                return "A JSON web token could not be decoded";
            }

            using var rsa = RSA.Create();
            rsa.ImportFromPem(app.PublicKeyPem);
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return "A JSON web token could not be decoded";
            }

            using var payload = JsonDocument.Parse(Base64Url(parts[1]));
            var claims = payload.RootElement;
            var issuer = claims.GetProperty("iss");
            var iss = issuer.ValueKind == JsonValueKind.Number ? issuer.GetInt64().ToString(CultureInfo.InvariantCulture) : issuer.GetString();
            var now = options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
            var iat = claims.GetProperty("iat").GetInt64();
            var exp = claims.GetProperty("exp").GetInt64();
            return iss != app.AppId.ToString(CultureInfo.InvariantCulture) ? "Integration not found"
                : exp <= now ? "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires"
                : iat > now + 60 ? "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
                : exp - iat > 600 ? "'Expiration time' claim ('exp') is too far in the future"
                : null;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or CryptographicException or ArgumentException)
        {
            return "A JSON web token could not be decoded";
        }
    }

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
