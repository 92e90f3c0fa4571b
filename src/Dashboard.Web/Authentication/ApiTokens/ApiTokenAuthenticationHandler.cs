using System.Security.Claims;
using System.Text.Encodings.Web;
using Dashboard.Core.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Authentication.ApiTokens;

/// <summary>
/// Authenticates a request by its personal API token (<see cref="ApiTokenRequest"/>). The user is named after the
/// token ("token:start page") and gets the token's role; a refused token answers 401 with a
/// <c>WWW-Authenticate: Bearer error="invalid_token"</c>. The token itself is never logged.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenIdClaim = "dashboard:token_id";
    private const string RefusalItem = "ApiTokenRefusal";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ApiTokenRequest.Find(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var check = await tokens.CheckAsync(token, Context.RequestAborted);
        if (check.Token is not { } record)
        {
            Context.Items[RefusalItem] = check.Refusal;
            Logger.LogWarning("Refused an API token from {RemoteAddress}: {Reason}", Context.Connection.RemoteIpAddress, check.Refusal);
            return AuthenticateResult.Fail(check.Refusal ?? "invalid token");
        }

        // The hub closes a connection when its ticket expires (CloseOnAuthenticationExpiration), so an expiring token ends its stream.
        var properties = new AuthenticationProperties { ExpiresUtc = record.ExpiresAt };
        return AuthenticateResult.Success(new AuthenticationTicket(Principal(record), properties, Scheme.Name));
    }

    public static ClaimsPrincipal Principal(ApiTokenRecord record)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, "token:" + record.Id),
            new(ClaimTypes.Name, "token:" + record.Name),
            new(TokenIdClaim, record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Role, DashboardRoles.Viewer, ClaimValueTypes.String, DashboardClaimTypes.RoleIssuer),
        ];
        if (record.Role == ApiTokenRole.Operator)
        {
            claims.Add(new(ClaimTypes.Role, DashboardRoles.Operator, ClaimValueTypes.String, DashboardClaimTypes.RoleIssuer));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var reason = Context.Items[RefusalItem] as string ?? "The token is not valid.";
        Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{reason}\"";
        // A body keeps the status-code pages from turning this into an HTML page.
        await Response.WriteAsJsonAsync(new { error = reason }, Context.RequestAborted);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(new { error = "This token's role does not allow this request." }, Context.RequestAborted);
    }
}
