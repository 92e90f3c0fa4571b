using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Web.Authentication;

/// <summary>Stamps when a session ends onto the user, so an open page (a long-lived circuit) knows when to go back to login.</summary>
public static class SessionExpiry
{
    public static DateTimeOffset? Of(ClaimsPrincipal user) =>
        user.FindFirst(DashboardClaimTypes.SessionExpires)?.Value is { } value &&
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Signed-in users whose session has ended are no longer valid; users without a stamp (mode None) always are.</summary>
    public static bool IsCurrent(ClaimsPrincipal user, DateTimeOffset now) =>
        user.Identity?.IsAuthenticated == true && (Of(user) is not { } expires || now < expires);

    /// <summary>Cookie event: the cookie's end, or its renewed end when this request slides it (the handler renews past half-life).</summary>
    public static Task StampAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || context.Properties.ExpiresUtc is not { } expires)
        {
            return Task.CompletedTask;
        }

        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        if (context.Options.SlidingExpiration && context.Properties.IssuedUtc is { } issued && now - issued > (expires - issued) / 2)
        {
            expires = now + context.Options.ExpireTimeSpan;
        }

        foreach (var old in identity.FindAll(DashboardClaimTypes.SessionExpires).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(DashboardClaimTypes.SessionExpires, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return Task.CompletedTask;
    }
}
