using Microsoft.AspNetCore.Authentication;

namespace Dashboard.Web.Authentication.CloudflareAccess;

/// <summary>What the handler checks; filled from <c>Dashboard:Auth:CloudflareAccess</c>.</summary>
public sealed class CloudflareAccessOptions : AuthenticationSchemeOptions
{
    public const string SchemeName = "CloudflareAccess";
    public const string HeaderName = "Cf-Access-Jwt-Assertion";

    public string TeamDomain { get; set; } = "";
    public string Audience { get; set; } = "";

    /// <summary>The team's signing keys; <c>https://&lt;TeamDomain&gt;/cdn-cgi/access/certs</c> unless a test serves its own.</summary>
    public Uri? JwksUri { get; set; }

    public string Issuer => $"https://{TeamDomain}";

    public Uri EffectiveJwksUri => JwksUri ?? new Uri($"https://{TeamDomain}/cdn-cgi/access/certs");
}
