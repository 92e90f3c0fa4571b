using Dashboard.Web.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Authentication;

/// <summary><c>/auth/login?returnUrl=</c>, <c>/auth/me</c>, <c>/auth/logout</c> (POST with an antiforgery token; GET asks to confirm), <c>/auth/denied</c>, <c>/auth/signed-out</c>.</summary>
internal static class AuthEndpoints
{
    public const string SignedOutPath = "/auth/signed-out";
    public const string FailedPath = "/auth/failed";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/auth").AllowAnonymous().ExcludeFromDescription();

        auth.MapGet("/login", (HttpContext context, DashboardAuthenticationInfo info, string? returnUrl) =>
        {
            var target = LocalUrl(returnUrl);
            // Already signed in (another tab renewed the session), or a mode whose login is not ours: just go back.
            return context.User.Identity?.IsAuthenticated == true || info.Mode != AuthMode.OpenIdConnect
                ? Results.LocalRedirect(target)
                : Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [OpenIdConnectDefaults.AuthenticationScheme]);
        });

        auth.MapGet("/logout", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return AuthPages.Render("Sign out", $"""
                <form method="post" action="/auth/logout">
                <input type="hidden" name="{AuthPages.Encode(tokens.FormFieldName)}" value="{AuthPages.Encode(tokens.RequestToken ?? "")}">
                <button type="submit" data-testid="confirm-logout">Sign out</button></form>
                """);
        });

        auth.MapPost("/logout", LogoutAsync);

        // Who am I, for scripts and the tests: outside the anonymous group, so it needs a signed-in viewer.
        endpoints.MapGet("/auth/me", (HttpContext context) => Results.Json(new
        {
            name = DashboardUser.DisplayName(context.User),
            roles = new[] { DashboardRoles.Viewer, DashboardRoles.Operator, DashboardRoles.Admin }.Where(context.User.IsInRole).ToArray(),
            sessionExpires = SessionExpiry.Of(context.User),
        })).RequireAuthorization(DashboardPolicies.CanView).ExcludeFromDescription();

        auth.MapGet("/denied", (HttpContext context) => AuthPages.Render("No access", $"""
            <p>You are signed in as <b>{AuthPages.Encode(DashboardUser.DisplayName(context.User))}</b>, but no dashboard role is mapped
            to your account. Ask the owner to add one of your groups to Dashboard:Auth:Roles.</p>
            <p><a href="/auth/logout">Sign out</a></p>
            """, StatusCodes.Status403Forbidden));

        auth.MapGet("/failed", () => AuthPages.Render("Sign-in failed", """
            <p data-testid="sign-in-failed">The sign-in could not be completed (it was cancelled, took too long, or the browser lost
            its sign-in cookie). The log names the reason.</p><p><a class="button" href="/auth/login">Try again</a></p>
            """, StatusCodes.Status400BadRequest));

        auth.MapGet("/signed-out", () => AuthPages.Render("Signed out", """
            <p data-testid="signed-out">You are signed out.</p><p><a class="button" href="/auth/login">Sign in again</a></p>
            """));
    }

    private static async Task<IResult> LogoutAsync(
        HttpContext context, IAntiforgery antiforgery, DashboardAuthenticationInfo info, IOptionsMonitor<OpenIdConnectOptions> oidcOptions, ILoggerFactory loggers)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return AuthPages.Render("Sign out", """<p>The sign-out form expired. <a href="/auth/logout">Try again</a>.</p>""", StatusCodes.Status400BadRequest);
        }

        switch (info.Mode)
        {
            case AuthMode.CloudflareAccess:
                // Cloudflare answers this path itself on the application's host and ends the Access session.
                return Results.Redirect("/cdn-cgi/access/logout");
            case AuthMode.None:
                return Results.LocalRedirect("/");
        }

        var properties = new AuthenticationProperties { RedirectUri = SignedOutPath };
        if (context.User.Identity?.IsAuthenticated == true && await HasEndSessionEndpointAsync(oidcOptions.Get(OpenIdConnectDefaults.AuthenticationScheme), context, loggers))
        {
            // RP-initiated logout: the provider ends its session too, then returns to /signout-callback-oidc → SignedOutPath.
            return Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect(SignedOutPath);
    }

    private static async Task<bool> HasEndSessionEndpointAsync(OpenIdConnectOptions options, HttpContext context, ILoggerFactory loggers)
    {
        if (options.ConfigurationManager is null)
        {
            return false;
        }

        try
        {
            var configuration = await options.ConfigurationManager.GetConfigurationAsync(context.RequestAborted);
            return !string.IsNullOrEmpty(configuration.EndSessionEndpoint);
        }
        catch (InvalidOperationException ex)
        {
            loggers.CreateLogger(typeof(AuthEndpoints)).LogWarning("Cannot read the OpenID provider's metadata for sign-out: {Error}", ex.Message);
            return false;
        }
    }

    /// <summary>Only paths on this site, so the login cannot be used to send people elsewhere (open redirect).</summary>
    public static string LocalUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
