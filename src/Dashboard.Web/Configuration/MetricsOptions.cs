namespace Dashboard.Web.Configuration;

/// <summary><c>Dashboard:Metrics</c>: who may scrape <c>/metrics</c> without a token.</summary>
public sealed class MetricsOptions
{
    /// <summary>
    /// Networks in CIDR notation (e.g. <c>192.168.1.0/24</c>) whose direct requests may read <c>/metrics</c> without
    /// credentials. A request that came through a proxy (forwarded or Cloudflare headers) always needs a token.
    /// </summary>
    public List<string> AnonymousNetworks { get; set; } = [];
}
