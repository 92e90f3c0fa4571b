namespace Dashboard.Web.Configuration;

/// <summary>How people prove who they are (<c>Dashboard:Auth:Mode</c>).</summary>
public enum AuthMode
{
    /// <summary>No login: only on loopback, or with <c>Dashboard:Auth:AllowAnonymous=true</c> on purpose.</summary>
    None,

    /// <summary>Authorization code flow with PKCE against an OpenID provider, then a cookie session.</summary>
    OpenIdConnect,

    /// <summary>Cloudflare Access in front: the <c>Cf-Access-Jwt-Assertion</c> header is validated on every request.</summary>
    CloudflareAccess,
}
