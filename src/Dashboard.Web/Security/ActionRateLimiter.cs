using System.Threading.RateLimiting;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Security;

/// <summary>
/// Actions per user. An endpoint filter rather than a rate-limiter policy: the policy would run before authentication,
/// when the user is not known yet, while the login limit must run before the sign-in callback.
/// </summary>
public sealed class ActionRateLimiter(RateLimitOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => RateLimits.Window(options.ActionPermitLimit, options.ActionWindowSeconds)));

    public RateLimitLease Acquire(string partition) => _limiter.AttemptAcquire(partition);

    /// <summary>For the unsafe action routes: 429 with Retry-After once the caller's window is used up.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        using var lease = context.RequestServices.GetRequiredService<ActionRateLimiter>().Acquire(RateLimits.ActionPartition(context));
        if (!lease.IsAcquired)
        {
            RateLimits.SetRetryAfter(context.Response, lease);
            return Results.Json(new { error = "Too many actions; wait and try again." }, statusCode: StatusCodes.Status429TooManyRequests);
        }

        return await next(invocation);
    }

    public void Dispose() => _limiter.Dispose();
}
