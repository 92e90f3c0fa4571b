using Dashboard.Web.Configuration;

namespace Dashboard.Web.Security;

/// <summary>
/// Headers on every response (pages, static files, JSON, errors): CSP, no framing, no sniffing, referrer and
/// permissions policy; HSTS only on https requests (after forwarded headers), with ASP.NET's UseHsts rules.
/// </summary>
public static class SecurityHeaders
{
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), accelerometer=(), gyroscope=(), magnetometer=()";

    public static string PolicyFor(AuthOptions auth) =>
        ContentSecurityPolicy.Build(auth.Mode == AuthMode.OpenIdConnect ? [ContentSecurityPolicy.OriginOf(auth.OpenIdConnect.Authority)] : []);

    /// <summary>Call after the forwarded headers, so https behind the tunnel counts as https.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app, string contentSecurityPolicy)
    {
        app.Use((context, next) =>
        {
            // OnStarting: the exception handler clears headers before re-executing; these must survive it.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = contentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        // UseHsts: only on https, never for localhost; max-age 30 days (ASP.NET's default).
        app.UseHsts();
        return app;
    }
}
