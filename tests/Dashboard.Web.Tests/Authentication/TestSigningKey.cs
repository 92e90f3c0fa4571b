using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>A locally generated RSA key that signs Cloudflare-Access-shaped tokens and describes itself as a JWK.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId)
    {
        KeyId = keyId;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public RsaSecurityKey SecurityKey { get; }

    public string CreateToken(string issuer, string audience, DateTimeOffset expires, DateTimeOffset? notBefore = null, string email = "ana@example.com", IEnumerable<string>? groups = null)
    {
        // Access tokens live up to a day; without an explicit start, the token was issued a day before it ends.
        var issuedAt = (notBefore ?? expires.AddDays(-1)).UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["email"] = email,
            ["sub"] = "7335d417-61da-459d-899c-0a01c76a2f94",
            ["type"] = "app",
        };
        if (groups is not null)
        {
            claims["groups"] = groups.ToArray();
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(SecurityKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The public half, as Cloudflare publishes it at /cdn-cgi/access/certs.</summary>
    public Dictionary<string, string> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kid"] = KeyId,
            ["kty"] = "RSA",
            ["alg"] = "RS256",
            ["use"] = "sig",
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
        };
    }

    public static string JwksJson(params TestSigningKey[] keys) =>
        JsonSerializer.Serialize(new { keys = keys.Select(k => k.ToJwk()), public_cert = new { kid = "unused", cert = "" } });

    public void Dispose() => _rsa.Dispose();
}
