using System.Net;

namespace Dashboard.Web.Authentication;

/// <summary>Decides whether a server address (as Kestrel reports or is configured with) only accepts local connections.</summary>
public static class LoopbackAddresses
{
    /// <summary>
    /// True for <c>http://127.0.0.1:5000</c>, <c>http://[::1]:5000</c>, <c>http://localhost:5000</c>; false for wildcards
    /// (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>), other host names (Kestrel binds those to every interface),
    /// other addresses and anything unreadable.
    /// </summary>
    public static bool IsLoopback(string address)
    {
        var host = HostOf(address);
        if (host is null)
        {
            return false;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);
    }

    private static string? HostOf(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return null;
        }

        var rest = address[(schemeEnd + 3)..];
        var pathStart = rest.IndexOf('/');
        var authority = pathStart < 0 ? rest : rest[..pathStart];
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            return close < 0 ? null : authority[1..close];
        }

        var colon = authority.LastIndexOf(':');
        return colon < 0 ? authority : authority[..colon];
    }
}
