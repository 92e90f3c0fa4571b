using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Authentication.CloudflareAccess;

/// <summary>
/// Authenticates each request from the <c>Cf-Access-Jwt-Assertion</c> header that Cloudflare Access adds in front of
/// the tunnel. No header: not signed in. A challenge is a plain 401 (Cloudflare, not the app, runs the login).
/// </summary>
internal sealed class CloudflareAccessHandler(
    IOptionsMonitor<CloudflareAccessOptions> options, ILoggerFactory logger, UrlEncoder encoder, CloudflareAccessTokenValidator validator)
    : AuthenticationHandler<CloudflareAccessOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Request.Headers[CloudflareAccessOptions.HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(token))
        {
            return AuthenticateResult.NoResult();
        }

        var (user, error) = await validator.ValidateAsync(token.Trim(), Options, Context.RequestAborted);
        if (user is null)
        {
            Logger.LogWarning("Refused a Cloudflare Access token from {RemoteAddress}: {Reason}", Context.Connection.RemoteIpAddress, error);
            return AuthenticateResult.Fail(error ?? "invalid token");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(user, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // A body (and content type) keeps the status-code pages from turning this into a page that needs a login too.
        Response.ContentType = "text/plain; charset=utf-8";
        await Response.WriteAsync("Sign in through Cloudflare Access: this request has no valid Cf-Access-Jwt-Assertion header.", Context.RequestAborted);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.ContentType = "text/plain; charset=utf-8";
        await Response.WriteAsync("You are signed in, but no dashboard role is mapped to your account (Dashboard:Auth:Roles).", Context.RequestAborted);
    }
}
