using System.Net;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Authentication;

/// <summary>The peers whose forwarded headers (X-Forwarded-*, CF-Connecting-IP) are believed.</summary>
public sealed class TrustedProxies
{
    private readonly IReadOnlyList<IPAddress> _proxies;
    private readonly IReadOnlyList<IPNetwork> _networks;

    public TrustedProxies(ForwardedHeadersSettings settings)
    {
        _proxies = settings.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Normalize(IPAddress.Parse(p.Trim()))).ToList();
        _networks = settings.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => IPNetwork.Parse(n.Trim())).ToList();
    }

    public IReadOnlyList<IPAddress> Proxies => _proxies;

    public IReadOnlyList<IPNetwork> Networks => _networks;

    public bool Any => _proxies.Count > 0 || _networks.Count > 0;

    public bool IsTrusted(IPAddress? peer)
    {
        if (peer is null)
        {
            return false;
        }

        var address = Normalize(peer);
        return _proxies.Contains(address) || _networks.Any(n => n.Contains(address));
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
