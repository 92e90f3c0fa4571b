using System.Globalization;
using System.Threading.RateLimiting;
using Dashboard.Web.Configuration;
using Dashboard.Web.Endpoints;

namespace Dashboard.Web.Security;

/// <summary>
/// Login floods are limited per client address (the real one: forwarded headers and CF-Connecting-IP are believed only
/// from trusted proxies, see ForwardedHeadersSetup), actions per user. A refusal is 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    /// <summary>The paths that start or finish a sign-in or sign-out; each may cost a request to the provider.</summary>
    public static readonly string[] LoginPaths = ["/auth/login", "/auth/logout", "/signin-oidc", "/signout-callback-oidc"];

    public static IServiceCollection AddDashboardRateLimiting(this IServiceCollection services, RateLimitOptions options)
    {
        services.AddSingleton(new ActionRateLimiter(options));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLoginPath(context.Request.Path)
                ? RateLimitPartition.GetFixedWindowLimiter("login:" + ClientAddress(context), _ => Window(options.LoginPermitLimit, options.LoginWindowSeconds))
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                SetRetryAfter(context.HttpContext.Response, context.Lease);
                await context.HttpContext.Response.WriteAsync("Too many sign-in attempts from this address; wait and try again.", cancellationToken);
            };
        });
        return services;
    }

    public static bool IsLoginPath(PathString path) => LoginPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));

    public static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() : "unknown";

    /// <summary>Whom an action request counts against: the signed-in user, else the client address.</summary>
    public static string ActionPartition(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? "user:" + ActionUserFactory.FromPrincipal(context.User).Name : "ip:" + ClientAddress(context);

    public static void SetRetryAfter(HttpResponse response, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
        }
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, int seconds) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(seconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
