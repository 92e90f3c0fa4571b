namespace Dashboard.Web.Configuration;

/// <summary><c>Dashboard:Auth</c>: the login mode, its provider settings, role mapping and trusted proxies.</summary>
public sealed class AuthOptions
{
    public AuthMode Mode { get; set; } = AuthMode.None;

    /// <summary>
    /// Lets <see cref="AuthMode.None"/> listen on a non-loopback address. Everyone who can reach the port
    /// is then an Operator and Admin: set it only on purpose (e.g. a port that only a VPN reaches).
    /// </summary>
    public bool AllowAnonymous { get; set; }

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();
    public CloudflareAccessSettings CloudflareAccess { get; set; } = new();
    public RoleMappingOptions Roles { get; set; } = new();
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
    public RateLimitOptions RateLimits { get; set; } = new();
}
