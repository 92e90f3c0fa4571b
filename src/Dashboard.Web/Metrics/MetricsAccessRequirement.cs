using System.Net;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Metrics;

/// <summary>
/// Who may read <c>/metrics</c>: a Viewer (token or signed-in), or a direct request from one of
/// <c>Dashboard:Metrics:AnonymousNetworks</c> that carries no proxy header (so nothing relayed from the internet).
/// </summary>
public sealed class MetricsAccessRequirement(IReadOnlyList<IPNetwork> anonymousNetworks) : IAuthorizationRequirement
{
    public const string PolicyName = "MetricsAccess";

    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "Forwarded", "CF-Connecting-IP", "Cf-Ray", "Cf-Access-Jwt-Assertion"];

    public IReadOnlyList<IPNetwork> AnonymousNetworks { get; } = anonymousNetworks;

    public bool AllowsAnonymous(IPAddress? peer, IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (peer is null || AnonymousNetworks.Count == 0 || ProxyHeaders.Any(headers.ContainsKey))
        {
            return false;
        }

        var address = peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer;
        return AnonymousNetworks.Any(n => n.Contains(address));
    }
}
