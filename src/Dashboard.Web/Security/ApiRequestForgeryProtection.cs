using Microsoft.AspNetCore.Antiforgery;

namespace Dashboard.Web.Security;

/// <summary>
/// The JSON API must not be callable from another site riding on the browser's cookie (or on the Cloudflare Access
/// cookie, or on loopback in mode None). An unsafe request to <c>/api/</c> needs a header that a cross-site form or
/// simple request cannot carry: <c>X-Requested-With</c> (any value) or an antiforgery token in <c>RequestVerificationToken</c>.
/// Requests with <c>Authorization: Bearer</c> carry their own credential and are exempt; so is the HMAC-signed GitHub webhook.
/// </summary>
public static class ApiRequestForgeryProtection
{
    public const string HeaderName = "X-Requested-With";

    public static bool AppliesTo(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method) &&
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) &&
        !request.Path.StartsWithSegments("/api/webhooks", StringComparison.OrdinalIgnoreCase) &&
        !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UseApiRequestForgeryProtection(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (AppliesTo(context.Request) && string.IsNullOrWhiteSpace(context.Request.Headers[HeaderName]) &&
                !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await Results.Json(
                    new { error = $"Add the header {HeaderName} (or an antiforgery token), or authenticate with Authorization: Bearer.", field = HeaderName },
                    statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        return app;
    }
}
