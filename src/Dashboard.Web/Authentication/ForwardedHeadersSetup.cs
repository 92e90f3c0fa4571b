using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dashboard.Web.Authentication;

/// <summary>
/// Behind Cloudflare Tunnel or another reverse proxy: scheme, host and client address from the forwarded headers,
/// but only when the direct peer is a configured proxy. Without that the OIDC redirect_uri would be http://internal-host.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string CloudflareClientHeader = "CF-Connecting-IP";
    private const string PeerItem = "Dashboard.Peer";

    public static void Configure(IServiceCollection services, TrustedProxies trusted)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // ASP.NET trusts loopback by default; here only what is configured counts.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in trusted.Networks)
            {
                options.KnownIPNetworks.Add(network);
            }

            // Walk X-Forwarded-For from the right while the hop is trusted, however many trusted hops there are.
            options.ForwardLimit = null;
        });
    }

    public static void Use(WebApplication app, TrustedProxies trusted)
    {
        if (!trusted.Any)
        {
            return;
        }

        app.Use((context, next) =>
        {
            context.Items[PeerItem] = context.Connection.RemoteIpAddress;
            return next(context);
        });
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            // Cloudflare's own view of the client; believed only from a trusted peer, as X-Forwarded-For is.
            if (trusted.IsTrusted(context.Items[PeerItem] as IPAddress) &&
                IPAddress.TryParse(context.Request.Headers[CloudflareClientHeader].ToString().Trim(), out var client))
            {
                context.Connection.RemoteIpAddress = client;
            }

            return next(context);
        });
    }
}
