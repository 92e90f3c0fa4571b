namespace Dashboard.Web.Configuration;

/// <summary>
/// <c>Dashboard:Auth:ForwardedHeaders</c>: the reverse proxies (cloudflared, Traefik...) whose X-Forwarded-For/Proto/Host
/// and CF-Connecting-IP headers are believed. Empty lists: no forwarded header is believed, not even from loopback.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Single addresses, e.g. <c>172.18.0.5</c> or <c>::1</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, e.g. <c>172.18.0.0/16</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
