using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Authentication;

/// <summary>
/// Mode None: every request is the homelab owner, "local", with every role. Only reachable when all listening
/// addresses are loopback or anonymous access was allowed on purpose (see <see cref="LoopbackBindingCheck"/>).
/// </summary>
internal sealed class LocalUserAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Local";
    public const string UserName = "local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, UserName),
                new Claim(ClaimTypes.Name, UserName),
                new Claim(ClaimTypes.Role, DashboardRoles.Viewer, ClaimValueTypes.String, DashboardClaimTypes.RoleIssuer),
                new Claim(ClaimTypes.Role, DashboardRoles.Operator, ClaimValueTypes.String, DashboardClaimTypes.RoleIssuer),
                new Claim(ClaimTypes.Role, DashboardRoles.Admin, ClaimValueTypes.String, DashboardClaimTypes.RoleIssuer),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
