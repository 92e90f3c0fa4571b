using Dashboard.Core.Tokens;
using Dashboard.Web.Authentication.CloudflareAccess;
using Dashboard.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Dashboard.Web.Authentication.ApiTokens;

/// <summary>
/// Adds the API token scheme next to the login mode's own: two policy schemes become the defaults and forward a
/// request that carries a token to <see cref="ApiTokenAuthenticationHandler"/>, every other request to the mode's
/// scheme as before (cookie + OIDC challenge, Cloudflare Access, or the local user).
/// </summary>
internal static class ApiTokenAuthentication
{
    public const string SelectorScheme = "Dashboard";
    public const string ChallengeSelectorScheme = "DashboardChallenge";

    public static void Add(IServiceCollection services, AuthMode mode)
    {
        var (authenticate, challenge) = mode switch
        {
            AuthMode.OpenIdConnect => (CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme),
            AuthMode.CloudflareAccess => (CloudflareAccessOptions.SchemeName, CloudflareAccessOptions.SchemeName),
            _ => (LocalUserAuthenticationHandler.SchemeName, LocalUserAuthenticationHandler.SchemeName),
        };

        services.AddSingleton<ApiTokenService>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultChallengeScheme = ChallengeSelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, null, o => o.ForwardDefaultSelector = context => Select(context, authenticate))
            .AddPolicyScheme(ChallengeSelectorScheme, null, o => o.ForwardDefaultSelector = context => Select(context, challenge))
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
    }

    private static string Select(HttpContext context, string modeScheme) =>
        ApiTokenRequest.Find(context.Request) is null ? modeScheme : ApiTokenAuthenticationHandler.SchemeName;
}
