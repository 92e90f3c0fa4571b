using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dashboard.Web.Authentication.CloudflareAccess;

/// <summary>Validates a Cloudflare Access application token: RS256 signature by a team key, issuer, audience tag, lifetime.</summary>
public sealed class CloudflareAccessTokenValidator(CloudflareAccessKeyCache keys, TimeProvider time)
{
    /// <summary>Tolerated clock difference between Cloudflare and this node.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <returns>The user, or the reason the token was refused (never the token itself).</returns>
    public async Task<(ClaimsPrincipal? User, string? Error)> ValidateAsync(string token, CloudflareAccessOptions options, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return (null, "the token is not a JWT");
        }

        var signingKeys = await keys.GetKeysAsync(options.EffectiveJwksUri, jwt.Kid, cancellationToken);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = ValidateLifetime,
            NameClaimType = "email",
            RoleClaimType = ClaimTypes.Role,
            AuthenticationType = CloudflareAccessOptions.SchemeName,
        };

        var result = await _handler.ValidateTokenAsync(jwt, parameters);
        if (!result.IsValid)
        {
            return (null, Describe(result.Exception));
        }

        var identity = result.ClaimsIdentity;
        identity.AddClaim(new Claim(DashboardClaimTypes.SessionExpires, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (new ClaimsPrincipal(identity), null);
    }

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && exp.ToUniversalTime() > now - ClockSkew &&
            (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + ClockSkew);
    }

    private static string Describe(Exception? ex) => ex switch
    {
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException => "the token has expired or is not valid yet",
        SecurityTokenInvalidAudienceException => "the token is for another Access application (audience)",
        SecurityTokenInvalidIssuerException => "the token was issued by another team (issuer)",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed by a key the team does not publish",
        SecurityTokenInvalidSignatureException => "the token's signature is not valid",
        SecurityTokenInvalidAlgorithmException => "the token is not signed with RS256",
        null => "the token is not valid",
        _ => "the token is not valid: " + ex.GetType().Name,
    };
}
